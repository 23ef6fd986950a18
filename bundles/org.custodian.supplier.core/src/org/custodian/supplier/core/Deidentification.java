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

	/** Checks a folder against the trust's pseudonym map. */
	public List<FileFinding> check(Path dir, IProgressMonitor monitor) throws IOException {
		return check(deidentifier, dir, pseudonyms(service.trust()), monitor);
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
