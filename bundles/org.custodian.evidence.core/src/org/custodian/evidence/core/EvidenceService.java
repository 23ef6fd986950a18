package org.custodian.evidence.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The start page's data and the inspection pack, as one Declarative Service working on the open database: every
 * requirement of the reference list with red, amber or green computed from the data of every perspective.
 */
public interface EvidenceService {

	/** Every requirement, in the reference list's order, as of {@code now} in the machine's zone. */
	List<Assessment> assess(Instant now);

	/**
	 * Writes the inspection pack: the table of every requirement, then per requirement its status, reasons and
	 * evidence. Returns the number of pages.
	 */
	int writeInspectionPack(Path file, Instant now, IProgressMonitor monitor) throws IOException;
}
