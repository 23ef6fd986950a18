package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.dicom.DicomDeidentifier;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.IdentifyingAttribute;
import org.custodian.model.ModelFactory;
import org.custodian.model.Pseudonym;
import org.custodian.model.TeachingCheck;
import org.custodian.model.Trust;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Teaching collections (REQUIREMENTS S3): the check of a folder of DICOM files for remaining direct and indirect
 * identifiers, and de-identified copies through the {@code dicom} bundle that carry a pseudonym from the trust's map
 * (kept in the encrypted database, so the trust alone can re-identify a patient when it must).
 */
public final class Deidentification {

	/** A file that still identifies its patient, with the attributes that do. */
	public record FileFinding(Path file, List<IdentifyingAttribute> attributes, String error) {
	}

	/** What a de-identification run wrote, and the files it refused with the reason. */
	public record CopyReport(int written, List<FileFinding> refused) {
	}

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final DicomObjectReader reader;
	private final DicomDeidentifier deidentifier;
	private final SupplierService service;

	public Deidentification(DicomObjectReader reader, DicomDeidentifier deidentifier, SupplierService service) {
		this.reader = reader;
		this.deidentifier = deidentifier;
		this.service = service;
	}

	/**
	 * Checks every DICOM file under {@code dir}; lists each one that still carries an identifier, and each one that
	 * cannot be read (with the reason). Pseudonyms of the trust's map, when a trust is given, are not identifiers.
	 */
	public static List<FileFinding> check(DicomDeidentifier deidentifier, Path dir, Set<String> pseudonyms,
			IProgressMonitor monitor) throws IOException {
		List<Path> files = files(dir);
		SubMonitor sub = SubMonitor.convert(monitor, "Checking " + dir + " for identifiers", files.size());
		List<FileFinding> out = new ArrayList<>();
		for (Path f : files) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			sub.split(1);
			try {
				List<IdentifyingAttribute> found = deidentifier.findIdentifiers(f, pseudonyms);
				if (!found.isEmpty()) {
					out.add(new FileFinding(f, found, null));
				}
			} catch (DicomReadException e) {
				out.add(new FileFinding(f, List.of(), e.reason()));
			}
		}
		return out;
	}

	/** The pseudonyms of the trust's map. */
	public static Set<String> pseudonyms(Trust trust) {
		Set<String> out = new HashSet<>();
		trust.getPseudonyms().forEach(p -> out.add(p.getPseudonym()));
		return out;
	}

	/** The patient's pseudonym for a purpose: the one already in the map, else a new one added to it. */
	public static Pseudonym pseudonymFor(Trust trust, String patientId, String purpose, Date now) {
		for (Pseudonym p : trust.getPseudonyms()) {
			if (p.getPatientId().equals(patientId) && p.getPurpose().equals(purpose)) {
				return p;
			}
		}
		Set<String> taken = pseudonyms(trust);
		String value;
		do {
			StringBuilder b = new StringBuilder("ANON-");
			for (int i = 0; i < 8; i++) {
				b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			value = b.toString();
		} while (taken.contains(value));
		Pseudonym p = ModelFactory.eINSTANCE.createPseudonym();
		p.setPatientId(patientId);
		p.setPseudonym(value);
		p.setPurpose(purpose);
		p.setCreatedAt(now);
		trust.getPseudonyms().add(p);
		return p;
	}

	/**
	 * Checks a folder against the trust's pseudonym map, and records the check for S3 when the user may change the
	 * registers (a user who may only look still gets the findings).
	 */
	public List<FileFinding> check(Path dir, IProgressMonitor monitor) throws IOException {
		List<FileFinding> found = check(deidentifier, dir, pseudonyms(service.trust()), monitor);
		try {
			Trust trust = service.trust();
			record(trust, dir.toString(), files(dir).size(), found, new Date());
			service.save(trust);
		} catch (org.custodian.store.AccessDeniedException e) {
			// the findings stand; only the record for the start page is not kept
		}
		return found;
	}

	/** The newest checks the trust keeps; the start page reads the newest. */
	static final int KEPT = 20;
	/** Findings kept with a check, each a file and an attribute (never its value). */
	static final int FINDINGS_KEPT = 20;

	/** Adds a check of {@code folder} to the trust's, keeping the newest {@link #KEPT}. */
	public static TeachingCheck record(Trust trust, String folder, int files, List<FileFinding> found, Date at) {
		TeachingCheck c = ModelFactory.eINSTANCE.createTeachingCheck();
		c.setCheckedAt(at);
		c.setFolder(folder);
		c.setFiles(files);
		c.setWithIdentifiers((int) found.stream().filter(f -> f.error() == null).count());
		c.setUnreadable((int) found.stream().filter(f -> f.error() != null).count());
		for (FileFinding f : found) {
			if (c.getFindings().size() >= FINDINGS_KEPT) {
				break;
			}
			String name = f.file().getFileName().toString();
			c.getFindings().add(f.error() != null ? name + ": cannot be read (" + f.error() + ")"
					: name + ": " + String.join(", ", f.attributes().stream().map(IdentifyingAttribute::keyword).toList()));
		}
		trust.getTeachingChecks().add(c);
		while (trust.getTeachingChecks().size() > KEPT) {
			trust.getTeachingChecks().remove(0);
		}
		return c;
	}

	/** The newest check, or null. */
	public static TeachingCheck latest(Trust trust) {
		TeachingCheck best = null;
		for (TeachingCheck c : trust.getTeachingChecks()) {
			if (c.getCheckedAt() != null && (best == null || c.getCheckedAt().after(best.getCheckedAt()))) {
				best = c;
			}
		}
		return best;
	}

	/** The DICOM files a check reads under {@code dir}. */
	public static int fileCount(Path dir) throws IOException {
		return files(dir).size();
	}

	/**
	 * Writes a de-identified copy of every DICOM file under {@code source} into {@code target} (same relative
	 * names), each patient under their pseudonym for {@code purpose}; the map is saved with the trust. A file that
	 * cannot be de-identified (not readable, burned-in annotation) is refused with the reason and not copied.
	 */
	public CopyReport deidentify(Path source, Path target, String purpose, IProgressMonitor monitor)
			throws IOException {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("name the teaching collection or research project the copy is for");
		}
		Trust trust = service.trust();
		List<Path> files = files(source);
		SubMonitor sub = SubMonitor.convert(monitor, "De-identifying " + source, files.size());
		List<FileFinding> refused = new ArrayList<>();
		int written = 0;
		Date now = Date.from(service.clock().instant());
		try {
			for (Path f : files) {
				if (sub.isCanceled()) {
					throw new OperationCanceledException();
				}
				sub.split(1);
				try {
					DicomHeader h = reader.read(f);
					String patient = h.patientId() == null ? "" : h.patientId();
					Pseudonym p = pseudonymFor(trust, patient, purpose.trim(), now);
					Path out = target.resolve(source.relativize(f).toString());
					Files.createDirectories(out.getParent());
					deidentifier.deidentify(f, out, p.getPseudonym());
					written++;
				} catch (DicomReadException e) {
					refused.add(new FileFinding(f, List.of(), e.reason()));
				}
			}
		} finally {
			// the pseudonyms of what was written are kept even when the run is cancelled
			service.save(trust);
		}
		return new CopyReport(written, refused);
	}

	private static List<Path> files(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IOException(dir + " is not a folder");
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
