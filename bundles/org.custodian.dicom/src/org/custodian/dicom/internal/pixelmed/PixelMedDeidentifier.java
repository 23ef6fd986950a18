package org.custodian.dicom.internal.pixelmed;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.dicom.DicomDeidentifier;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.IdentifyingAttribute;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;

/**
 * {@link DicomDeidentifier} with PixelMed: the whole data set is read (sequences included), searched for the
 * identifiers of S3, and for de-identification written again in its own transfer syntax.
 */
public final class PixelMedDeidentifier implements DicomDeidentifier {

    /** Direct identifiers: the patient. */
    private static final Map<AttributeTag, String> DIRECT = tags(
            0x0010, 0x0010, "PatientName", 0x0010, 0x0020, "PatientID", 0x0010, 0x0030, "PatientBirthDate",
            0x0010, 0x0032, "PatientBirthTime", 0x0010, 0x1000, "OtherPatientIDs", 0x0010, 0x1001,
            "OtherPatientNames", 0x0010, 0x1002, "OtherPatientIDsSequence", 0x0010, 0x1005, "PatientBirthName",
            0x0010, 0x1040, "PatientAddress", 0x0010, 0x1060, "PatientMotherBirthName", 0x0010, 0x1090,
            "MedicalRecordLocator", 0x0010, 0x2154, "PatientTelephoneNumbers");

    /** Indirect identifiers: where and by whom, and the numbers that lead back to the patient. */
    private static final Map<AttributeTag, String> INDIRECT = tags(
            0x0008, 0x0080, "InstitutionName", 0x0008, 0x0081, "InstitutionAddress", 0x0008, 0x1040,
            "InstitutionalDepartmentName", 0x0008, 0x1010, "StationName", 0x0008, 0x0050, "AccessionNumber",
            0x0010, 0x0021, "IssuerOfPatientID", 0x0008, 0x0090, "ReferringPhysicianName", 0x0008, 0x1050,
            "PerformingPhysicianName", 0x0008, 0x1060, "NameOfPhysiciansReadingStudy", 0x0008, 0x1048,
            "PhysiciansOfRecord", 0x0008, 0x1070, "OperatorsName", 0x0032, 0x1032, "RequestingPhysician",
            0x0018, 0x1000, "DeviceSerialNumber");

    /** Ten digits, optionally grouped 3-3-4 by spaces or hyphens, not inside a longer number (UIDs). */
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d.])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d.])");

    private static final Set<String> TEXT_VRS = Set.of("LO", "LT", "SH", "ST", "UT", "PN", "CS", "UC", "AE");

    private final byte[] salt = new byte[16];

    public PixelMedDeidentifier() {
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public List<IdentifyingAttribute> findIdentifiers(Path file, Set<String> pseudonyms) throws DicomReadException {
        AttributeList list = readAll(file);
        List<IdentifyingAttribute> out = new ArrayList<>();
        find(list, "", pseudonyms == null ? Set.of() : pseudonyms, out);
        return out;
    }

    private static void find(AttributeList list, String prefix, Set<String> pseudonyms, List<IdentifyingAttribute> out) {
        for (Attribute a : list.values()) {
            AttributeTag tag = a.getTag();
            if (tag.getGroup() == 0x0002) {
                continue;
            }
            String path = prefix + String.format("(%04X,%04X)", tag.getGroup(), tag.getElement());
            String keyword = keyword(tag);
            if (a instanceof SequenceAttribute seq) {
                if (DIRECT.containsKey(tag) || INDIRECT.containsKey(tag)) {
                    if (seq.getNumberOfItems() > 0) {
                        out.add(new IdentifyingAttribute(path, keyword, DIRECT.containsKey(tag), "has items"));
                    }
                    continue;
                }
                for (int i = 0; i < seq.getNumberOfItems(); i++) {
                    find(seq.getItem(i).getAttributeList(), path + "[" + (i + 1) + "]>", pseudonyms, out);
                }
                continue;
            }
            String value = text(a);
            if (tag.isPrivate() && !tag.isPrivateCreator()) {
                if (value != null) {
                    out.add(new IdentifyingAttribute(path, "private", false, "private attribute with a value"));
                }
                continue;
            }
            boolean direct = DIRECT.containsKey(tag);
            if (direct || INDIRECT.containsKey(tag)) {
                if (value != null && !pseudonyms.contains(value)) {
                    out.add(new IdentifyingAttribute(path, keyword, direct, "has a value"));
                }
                continue;
            }
            if (value != null && TEXT_VRS.contains(vr(a)) && containsNhsNumber(value)) {
                out.add(new IdentifyingAttribute(path, keyword, true, "holds an NHS number"));
            }
        }
    }

    @Override
    public void deidentify(Path source, Path target, String pseudonym) throws DicomReadException {
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new IllegalArgumentException("a de-identified copy needs a pseudonym");
        }
        AttributeList list = readAll(source);
        String burnedIn = Attribute.getSingleStringValueOrNull(list, TagFromName.BurnedInAnnotation);
        if ("YES".equalsIgnoreCase(burnedIn == null ? null : burnedIn.trim())) {
            throw new DicomReadException(source, "has burned-in annotation (0028,0301 is YES): the pixels may show "
                    + "identifiers, which this de-identification does not remove");
        }
        String syntax = Attribute.getSingleStringValueOrNull(list, TagFromName.TransferSyntaxUID);
        try {
            clean(list);
            list.removeGroupLengthAttributes();
            list.removeMetaInformationHeaderAttributes();
            put(list, new PersonNameAttribute(TagFromName.PatientName), pseudonym);
            put(list, new LongStringAttribute(TagFromName.PatientID), pseudonym);
            put(list, new CodeStringAttribute(TagFromName.PatientIdentityRemoved), "YES");
            put(list, new LongStringAttribute(TagFromName.DeidentificationMethod),
                    "Custodian S3: direct and indirect identifiers and private attributes removed, UIDs replaced");
            for (AttributeTag uid : List.of(TagFromName.StudyInstanceUID, TagFromName.SeriesInstanceUID,
                    TagFromName.SOPInstanceUID, TagFromName.FrameOfReferenceUID)) {
                String old = Attribute.getSingleStringValueOrNull(list, uid);
                if (old != null) {
                    Attribute a = list.get(uid);
                    a.removeValues();
                    a.addValue(newUid(old));
                }
            }
            String ts = syntax != null ? syntax : "1.2.840.10008.1.2.1";
            FileMetaInformation.addFileMetaInformation(list, ts, "CUSTODIAN");
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            list.write(tmp.toString(), ts, true, true);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | DicomException e) {
            throw new DicomReadException(target, "cannot write the de-identified copy: " + e.getMessage(), e);
        }
    }

    /** Removes the identifiers and private attributes at every depth. */
    private static void clean(AttributeList list) {
        for (Iterator<Map.Entry<AttributeTag, Attribute>> it = list.entrySet().iterator(); it.hasNext();) {
            Map.Entry<AttributeTag, Attribute> e = it.next();
            AttributeTag tag = e.getKey();
            if (DIRECT.containsKey(tag) || INDIRECT.containsKey(tag) || tag.isPrivate()) {
                it.remove();
            } else if (e.getValue() instanceof SequenceAttribute seq) {
                for (int i = 0; i < seq.getNumberOfItems(); i++) {
                    SequenceItem item = seq.getItem(i);
                    clean(item.getAttributeList());
                }
            } else {
                String v = text(e.getValue());
                if (v != null && TEXT_VRS.contains(vr(e.getValue())) && containsNhsNumber(v)) {
                    it.remove();
                }
            }
        }
    }

    private static void put(AttributeList list, Attribute a, String value) throws DicomException {
        a.addValue(value);
        list.put(a);
    }

    /** A new UID under 2.25 from a salted hash of the old one: stable within this instance, not reversible. */
    private String newUid(String old) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            byte[] h = sha.digest(old.getBytes(StandardCharsets.US_ASCII));
            return "2.25." + new BigInteger(1, Arrays.copyOf(h, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static AttributeList readAll(Path file) throws DicomReadException {
        if (!Files.isRegularFile(file)) {
            throw new DicomReadException(file, "is not a file");
        }
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        try {
            list.read(file.toFile());
        } catch (IOException | DicomException | RuntimeException e) {
            throw new DicomReadException(file, "cannot be parsed as DICOM: " + e.getMessage(), e);
        }
        return list;
    }

    /** The value in string form, or null when empty (binary values are not read as text). */
    private static String text(Attribute a) {
        if (a.getVM() == 0) {
            return null;
        }
        String vr = vr(a);
        if (vr.startsWith("O") || "UN".equals(vr)) {
            return a.getVL() > 0 ? "(binary)" : null;
        }
        try {
            String[] values = a.getStringValues();
            if (values == null) {
                return null;
            }
            String joined = String.join("\\", values).trim();
            return joined.isEmpty() || joined.chars().allMatch(c -> c == '\\' || c == '^' || c == ' ') ? null : joined;
        } catch (DicomException e) {
            return null;
        }
    }

    private static String vr(Attribute a) {
        byte[] vr = a.getVR();
        return vr == null ? "" : new String(vr, StandardCharsets.US_ASCII);
    }

    private static String keyword(AttributeTag tag) {
        String k = DIRECT.get(tag);
        if (k == null) {
            k = INDIRECT.get(tag);
        }
        if (k == null) {
            k = AttributeList.getDictionary().getNameFromTag(tag);
        }
        return k == null ? String.format("(%04X,%04X)", tag.getGroup(), tag.getElement()) : k;
    }

    /** True when the text holds ten digits whose check digit is right (NHS number, modulus 11). */
    static boolean containsNhsNumber(String text) {
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10 && check == digits.charAt(9) - '0') {
                return true;
            }
        }
        return false;
    }

    private static Map<AttributeTag, String> tags(Object... groupElementName) {
        Map<AttributeTag, String> m = new LinkedHashMap<>();
        for (int i = 0; i < groupElementName.length; i += 3) {
            m.put(new AttributeTag((Integer) groupElementName[i], (Integer) groupElementName[i + 1]),
                    (String) groupElementName[i + 2]);
        }
        return Map.copyOf(m);
    }
}
