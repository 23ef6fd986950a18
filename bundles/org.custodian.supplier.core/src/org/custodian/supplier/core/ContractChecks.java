package org.custodian.supplier.core;

import java.util.ArrayList;
import java.util.List;

import org.custodian.model.Contract;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.RetentionClass;
import org.custodian.model.Trust;

/**
 * A contract's terms against what the archive needs: the retention it guarantees against the longest retention the
 * schedule can require of a study (R3, R4: images stay retrievable for the whole retention period), the image
 * display time against three seconds (A4), and the exit and data-return clauses a provider change depends on.
 */
public final class ContractChecks {
	/** A clinician will not wait longer for an image (A4). */
	public static final double MAX_DISPLAY_SECONDS = 3.0;

	/** The longest the schedule can keep a study, and the class that sets it. */
	public record Need(int years, RetentionClass retentionClass, String reasoning) {
	}

	/** A contract falling short of a need. */
	public record Finding(Provider provider, Contract contract, String problem) {
	}

	private ContractChecks() {
	}

	/**
	 * The years of retention the archive needs from a study's acquisition: the longest class of the schedule that a
	 * rule assigns (a class counted to a birthday needs that many years for a newborn, plus one if aged 17 at the
	 * end of treatment).
	 */
	public static Need need(Trust trust) {
		Need best = new Need(0, null, "the schedule has no class in use");
		for (RetentionClass c : trust.getRetentionClasses()) {
			boolean used = trust.getRetentionRules().stream()
					.anyMatch(r -> r.isEnabled() && r.getRetentionClass() == c);
			if (!used) {
				continue;
			}
			int years = c.getUntilAge() > 0 ? c.getUntilAge() + 1 : c.getMinimumYears();
			if (years > best.years()) {
				String why = c.getUntilAge() > 0
						? c.getCode() + " keeps a newborn's images until the " + (c.getUntilAge() + 1)
								+ "th birthday when aged 17 at the end of treatment"
						: c.getCode() + " keeps a study " + c.getMinimumYears() + " years from its trigger";
				best = new Need(years, c, why);
			}
		}
		return best;
	}

	/** Every contract whose terms fall short of what the archive needs. */
	public static List<Finding> check(Trust trust) {
		Need need = need(trust);
		List<Finding> out = new ArrayList<>();
		for (Provider p : trust.getProviders()) {
			boolean holdsImages = p.getKind() == ProviderKind.PACS_VENDOR || p.getKind() == ProviderKind.VNA
					|| p.getKind() == ProviderKind.CLOUD_BACKUP;
			for (Contract c : p.getContracts()) {
				if (holdsImages && c.getRetentionGuaranteeYears() < need.years()) {
					out.add(new Finding(p, c, "guarantees " + c.getRetentionGuaranteeYears()
							+ " years of retention; the archive needs " + need.years() + " (" + need.reasoning() + ")"));
				}
				if (p.getKind() == ProviderKind.PACS_VENDOR && c.getImageDisplaySeconds() > MAX_DISPLAY_SECONDS) {
					out.add(new Finding(p, c, "allows " + c.getImageDisplaySeconds()
							+ " s to display an image; a clinician will not wait more than 3 s (A4)"));
				}
				if (holdsImages && blank(c.getDataReturnClause())) {
					out.add(new Finding(p, c, "has no data-return or migration clause: a provider change has no "
							+ "agreed way to get every image back"));
				}
			}
		}
		return out;
	}

	/** The checklist of a provider change; the inventory comparison itself is the DR perspective's campaign. */
	public static List<String> providerChangeChecklist(Provider p) {
		return List.of("Give notice by the notice deadline of every contract of " + p.getName(),
				"Agree the data return or migration under the exit clause",
				"Run the migration campaign (Backup & DR: verify-migration) until no study is missing on the new PACS",
				"Obtain the outgoing provider's destruction certificate for every copy it held",
				"Move the data-sharing agreements and sub-processors to the new provider");
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
