package org.custodian.cli.supplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliContext;
import org.custodian.cli.dr.Folders;
import org.custodian.cli.dr.Nodes;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.StudySummary;

/**
 * The studies of a date range retrieved from a node, one by one, into a scratch folder that is deleted afterwards:
 * how the retention scan and the labelling check read a node's headers.
 */
final class NodeStudies {
	/** What reads the retrieved folder; {@code source} names the node. */
	interface Reader {
		int read(Path folder, String source) throws Exception;
	}

	private NodeStudies() {
	}

	/** Retrieves, reads, deletes; exit 1 when a study could not be retrieved, 2 when the node could not be queried. */
	static int retrieveAndRead(CliContext context, String target, String ae, LocalDate from, LocalDate to,
			Duration timeout, String scratchName, Reader reader) throws Exception {
		DicomNode node = Nodes.resolve(context, target);
		DicomNetwork network = context.service(DicomNetwork.class);
		Path scratch = Files.createTempDirectory(scratchName);
		try {
			List<StudySummary> studies;
			try {
				studies = network.findStudies(node, ae, from, to, timeout);
			} catch (DicomExchangeException e) {
				context.err().println("custodian-cli: " + e.getMessage());
				return Cli.FAILED;
			}
			int failed = 0;
			for (StudySummary s : studies) {
				Path folder = Files.createDirectories(scratch.resolve(s.studyInstanceUid()));
				try {
					network.retrieveStudy(node, ae, s, folder, timeout);
				} catch (DicomExchangeException e) {
					context.err().println("custodian-cli: study " + s.studyInstanceUid() + ": " + e.getMessage());
					failed++;
				}
			}
			int code = reader.read(scratch, node.toString());
			return failed > 0 ? Math.max(code, Cli.WARNINGS) : code;
		} finally {
			Folders.delete(scratch);
		}
	}
}
