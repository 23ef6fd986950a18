package org.custodian.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Makes real DICOM files at test time with dcmtk (and gdcm for JPEG 2000), in a directory the
 * test owns (a {@code @TempDir}).
 *
 * <p>The base file is written by {@code dump2dcm} from a text dump: a secondary capture image of
 * 64 x 64 pixels, 8 bits, MONOCHROME2, whose pixel data dump2dcm reads from a binary file (a dump
 * value {@code =pixels.raw} for an OB element reads the file as is). Every other variant is
 * derived from it by the tool that a PACS administrator would use:
 * <pre>
 * EXPLICIT_LITTLE           dump2dcm base.dump f.dcm                  (meta says explicit VR little endian)
 * IMPLICIT_LITTLE           dcmconv +ti base.dcm f.dcm
 * EXPLICIT_BIG              dcmconv +tb base.dcm f.dcm
 * DEFLATED                  dcmconv +td base.dcm f.dcm
 * DATASET_ONLY              dcmconv -F +ti base.dcm f.dcm             (bare data set, no preamble, no meta)
 * JPEG_BASELINE             dcmcjpeg +eb +un base.dcm f.dcm           (lossy; +un keeps the SOP Instance UID)
 * JPEG_LOSSY_UNFLAGGED      JPEG_BASELINE, then dcmodify -ea (0028,2110) (lossy transfer syntax, attribute removed)
 * JPEG_DECOMPRESSED         JPEG_BASELINE, then dcmdjpeg               (uncompressed, but LossyImageCompression 01)
 * JPEG_2000_LOSSLESS        gdcmconv --j2k base.dcm f.dcm
 * JPEG_2000_LOSSY           gdcmconv --j2k --lossy -q 30 base.dcm f.dcm   (new SOP Instance UID)
 * WITH_ICON                 dump2dcm, plus an Icon Image Sequence holding its own (nested) pixel data
 * PIXELS_ALTERED            EXPLICIT_LITTLE with the last 16 pixel bytes inverted (same UIDs: silent corruption)
 * </pre>
 */
public final class DcmtkFiles {

    /** What a variant is and which transfer syntax its file must have. */
    public enum Variant {
        EXPLICIT_LITTLE("1.2.840.10008.1.2.1", false, false),
        IMPLICIT_LITTLE("1.2.840.10008.1.2", false, false),
        EXPLICIT_BIG("1.2.840.10008.1.2.2", false, false),
        DEFLATED("1.2.840.10008.1.2.1.99", false, false),
        DATASET_ONLY("1.2.840.10008.1.2", false, false),
        JPEG_BASELINE("1.2.840.10008.1.2.4.50", true, false),
        JPEG_LOSSY_UNFLAGGED("1.2.840.10008.1.2.4.50", true, false),
        JPEG_DECOMPRESSED("1.2.840.10008.1.2.1", true, false),
        JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", false, false),
        /** gdcmconv gives a lossy derivative a new SOP Instance UID, as DICOM requires, and has no option to keep it. */
        JPEG_2000_LOSSY("1.2.840.10008.1.2.4.91", true, true),
        WITH_ICON("1.2.840.10008.1.2.1", false, false),
        /** Same object and UIDs, a few pixel values changed: what bit rot on a backup copy looks like. */
        PIXELS_ALTERED("1.2.840.10008.1.2.1", false, false);

        /** Transfer syntax the file is written with (for DATASET_ONLY: the one it must be read with). */
        public final String transferSyntaxUid;
        /** Whether the pixel data has been through lossy compression. */
        public final boolean lossy;
        /** Whether the tool assigned a new SOP Instance UID (the study and series UIDs are kept). */
        public final boolean newSopInstanceUid;

        Variant(String transferSyntaxUid, boolean lossy, boolean newSopInstanceUid) {
            this.transferSyntaxUid = transferSyntaxUid;
            this.lossy = lossy;
            this.newSopInstanceUid = newSopInstanceUid;
        }
    }

    /** The identifying attributes written into a file; every field is what the reader must find. */
    public record Instance(String patientId, String patientName, String patientBirthDate, String patientSex,
            String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, String studyDate,
            String studyTime, String accessionNumber, String modality, String studyDescription,
            String institutionName) {
    }

    /** Secondary Capture Image Storage. */
    public static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    public static final int ROWS = 64;
    public static final int COLUMNS = 64;

    private final Path dir;
    private final Map<Instance, Map<Variant, Path>> made = new HashMap<>();
    private int counter;

    /** @param dir where the files go; the caller owns and deletes it (a {@code @TempDir}) */
    public DcmtkFiles(Path dir) {
        this.dir = dir;
    }

    /** @return a new instance with fresh UUID-derived UIDs (2.25.n) and fixed, recognisable demographics */
    public static Instance newInstance(String patientId, String modality) {
        return new Instance(patientId, "TEST^PATIENT^" + patientId, "19700704", "F", uuidUid(), uuidUid(), uuidUid(),
                "20240315", "101530", "ACC" + patientId, modality, "Custodian reader test", "Custodian Test Hospital");
    }

    /** @return an instance of a new study for {@code patientId} on {@code studyDate} (YYYYMMDD) */
    public static Instance newInstance(String patientId, String modality, String studyDate) {
        Instance i = newInstance(patientId, modality);
        return new Instance(i.patientId(), i.patientName(), i.patientBirthDate(), i.patientSex(),
                i.studyInstanceUid(), i.seriesInstanceUid(), i.sopInstanceUid(), studyDate, i.studyTime(),
                i.accessionNumber(), i.modality(), i.studyDescription(), i.institutionName());
    }

    /** @return another instance of the same study and series, with a new SOP Instance UID */
    public static Instance nextInstance(Instance sibling) {
        Instance i = sibling;
        return new Instance(i.patientId(), i.patientName(), i.patientBirthDate(), i.patientSex(),
                i.studyInstanceUid(), i.seriesInstanceUid(), uuidUid(), i.studyDate(), i.studyTime(),
                i.accessionNumber(), i.modality(), i.studyDescription(), i.institutionName());
    }

    /** A UID under the 2.25 root (a UUID as a decimal integer), unique without registering a root. */
    public static String uuidUid() {
        UUID u = UUID.randomUUID();
        ByteBuffer b = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, b.array());
    }

    /**
     * @return the file of {@code instance} in the given variant, made on first use (later calls
     *         return the same file)
     */
    public Path file(Instance instance, Variant variant) {
        Map<Variant, Path> files = made.computeIfAbsent(instance, i -> new EnumMap<>(Variant.class));
        Path existing = files.get(variant);
        if (existing != null) {
            return existing;
        }
        Path out = dir.resolve(instance.patientId() + "-" + Integer.toHexString(instance.sopInstanceUid().hashCode())
                + "-" + variant.name().toLowerCase() + ".dcm");
        switch (variant) {
            case EXPLICIT_LITTLE -> dump2dcm(instance, false, out);
            case WITH_ICON -> dump2dcm(instance, true, out);
            case IMPLICIT_LITTLE -> dcmtk("dcmconv", "+ti", base(instance), out);
            case EXPLICIT_BIG -> dcmtk("dcmconv", "+tb", base(instance), out);
            case DEFLATED -> dcmtk("dcmconv", "+td", base(instance), out);
            case DATASET_ONLY -> dcmtk("dcmconv", "-F", "+ti", base(instance), out);
            case JPEG_BASELINE -> dcmtk("dcmcjpeg", "+eb", "+un", base(instance), out);
            case JPEG_LOSSY_UNFLAGGED -> {
                copy(file(instance, Variant.JPEG_BASELINE), out);
                dcmtk("dcmodify", "-nb", "-ea", "(0028,2110)", out);
            }
            case JPEG_DECOMPRESSED -> dcmtk("dcmdjpeg", file(instance, Variant.JPEG_BASELINE), out);
            case JPEG_2000_LOSSLESS -> gdcm("--j2k", base(instance), out);
            case JPEG_2000_LOSSY -> gdcm("--j2k", "--lossy", "-q", "30", base(instance), out);
            case PIXELS_ALTERED -> {
                copy(base(instance), out);
                invertTail(out, 16);
            }
        }
        assertTrue(Files.isRegularFile(out), variant + ": the tool exited 0 but did not write " + out);
        files.put(variant, out);
        return out;
    }

    /** @return the directory the files are written to */
    public Path directory() {
        return dir;
    }

    private Path base(Instance instance) {
        return file(instance, Variant.EXPLICIT_LITTLE);
    }

    private void dcmtk(String tool, Object... args) {
        Tools.run(dir, "dcmtk", tool, strings(args));
    }

    private void gdcm(Object... args) {
        Tools.run(dir, "libgdcm-tools", "gdcmconv", strings(args));
    }

    private static String[] strings(Object... args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            s[i] = args[i].toString();
        }
        return s;
    }

    /** Inverts the last {@code n} bytes of a file (the end of the pixel data of an uncompressed image). */
    private static void invertTail(Path file, int n) {
        try {
            byte[] b = Files.readAllBytes(file);
            for (int k = b.length - n; k < b.length; k++) {
                b[k] = (byte) ~b[k];
            }
            Files.write(file, b);
        } catch (IOException e) {
            fail("cannot alter " + file + ": " + e, e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            fail("cannot copy " + from + " to " + to + ": " + e, e);
        }
    }

    private void dump2dcm(Instance i, boolean withIcon, Path out) {
        int n = ++counter;
        String pixels = "pixels-" + n + ".raw";
        String icon = "icon-" + n + ".raw";
        String dump = "dump-" + n + ".txt";
        StringBuilder d = new StringBuilder();
        line(d, "0002,0002", "UI", SECONDARY_CAPTURE);
        line(d, "0002,0003", "UI", i.sopInstanceUid());
        line(d, "0002,0010", "UI", Variant.EXPLICIT_LITTLE.transferSyntaxUid);
        line(d, "0008,0005", "CS", "ISO_IR 100");
        line(d, "0008,0008", "CS", "ORIGINAL\\PRIMARY");
        line(d, "0008,0016", "UI", SECONDARY_CAPTURE);
        line(d, "0008,0018", "UI", i.sopInstanceUid());
        line(d, "0008,0020", "DA", i.studyDate());
        line(d, "0008,0030", "TM", i.studyTime());
        line(d, "0008,0050", "SH", i.accessionNumber());
        line(d, "0008,0060", "CS", i.modality());
        line(d, "0008,0064", "CS", "WSD");
        line(d, "0008,0080", "LO", i.institutionName());
        line(d, "0008,1030", "LO", i.studyDescription());
        line(d, "0010,0010", "PN", i.patientName());
        line(d, "0010,0020", "LO", i.patientId());
        line(d, "0010,0030", "DA", i.patientBirthDate());
        line(d, "0010,0040", "CS", i.patientSex());
        line(d, "0020,000d", "UI", i.studyInstanceUid());
        line(d, "0020,000e", "UI", i.seriesInstanceUid());
        line(d, "0020,0010", "SH", "1");
        line(d, "0020,0011", "IS", "1");
        line(d, "0020,0013", "IS", "1");
        image(d, ROWS, COLUMNS);
        line(d, "0028,0301", "CS", "NO");
        if (withIcon) {
            d.append("(0088,0200) SQ (Sequence with explicit length #=1)\n");
            d.append("  (fffe,e000) na (Item with explicit length #=9)\n");
            image(d, 8, 8);
            d.append("    (7fe0,0010) OB =").append(icon).append('\n');
            d.append("  (fffe,e00d) na (ItemDelimitationItem for re-encoding)\n");
            d.append("(fffe,e0dd) na (SequenceDelimitationItem for re-encod.)\n");
            line(d, "2050,0020", "CS", "IDENTITY");
        }
        d.append("(7fe0,0010) OB =").append(pixels).append('\n');
        try {
            Files.write(dir.resolve(pixels), gradient(ROWS, COLUMNS));
            Files.write(dir.resolve(icon), gradient(8, 8));
            Files.writeString(dir.resolve(dump), d, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            fail("cannot write the dump2dcm input in " + dir + ": " + e, e);
        }
        Tools.run(dir, "dcmtk", "dump2dcm", dump, out.toString());
    }

    private static void image(StringBuilder d, int rows, int columns) {
        line(d, "0028,0002", "US", "1");
        line(d, "0028,0004", "CS", "MONOCHROME2");
        line(d, "0028,0010", "US", Integer.toString(rows));
        line(d, "0028,0011", "US", Integer.toString(columns));
        line(d, "0028,0100", "US", "8");
        line(d, "0028,0101", "US", "8");
        line(d, "0028,0102", "US", "7");
        line(d, "0028,0103", "US", "0");
    }

    /** A dump2dcm line; string values in [brackets], numbers (US) bare. */
    private static void line(StringBuilder d, String tag, String vr, String value) {
        d.append('(').append(tag).append(") ").append(vr).append(' ');
        d.append(vr.equals("US") ? value : "[" + value + "]").append('\n');
    }

    /** A diagonal gradient: compresses to something non-trivial, and any decoder would show it. */
    private static byte[] gradient(int rows, int columns) {
        byte[] b = new byte[rows * columns];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                b[y * columns + x] = (byte) ((x * 4 + y * 2) & 0xFF);
            }
        }
        return b;
    }
}
