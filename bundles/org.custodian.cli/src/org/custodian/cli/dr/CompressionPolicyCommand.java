package org.custodian.cli.dr;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.store.Permission;

/**
 * {@code compression-policy [--lossless MG,DX] [--max-ratio CT=10,...]}: the trust's compression policy, shown or
 * stored (on the console trail); the compression audit and the start page's R3 read it.
 */
public final class CompressionPolicyCommand implements CliCommand {

    @Override
    public String name() {
        return "compression-policy";
    }

    @Override
    public String help() {
        return """
                  compression-policy [--lossless MG,DX] [--max-ratio CT=10,CR=15]
                                        the trust's compression policy: the modalities that must stay
                                        lossless and the highest lossy ratio per modality; without options
                                        it is shown, with them stored (both replace what was stored)
                """;
    }

    @Override
    public Action parse(CliArgs args) {
        String lossless = args.option("--lossless").orElse(null);
        String limits = args.option("--max-ratio").orElse(null);
        CompressionPolicy policy;
        try {
            policy = lossless == null && limits == null ? null : CompressionPolicy.parse(lossless, limits);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        args.end(name());
        return context -> {
            context.store(); // opens the database the policy is kept in
            RecoveryVerification service = context.service(RecoveryVerification.class);
            if (policy != null) {
                service.saveCompressionPolicy(policy);
                context.err().println("compression-policy: stored");
            } else {
                context.store().require(Permission.VIEW_RECOVERY);
            }
            CompressionPolicy stored = service.compressionPolicy();
            var csv = context.csv();
            csv.row("lossless", "max_ratio");
            csv.row(stored.losslessText(), stored.limitsText());
            return Cli.OK;
        };
    }
}
