package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.TransferSyntaxes;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.DcmtkFiles;

/**
 * Header reading against real files made by dcmtk and gdcm: every transfer syntax variant gives the
 * same identifying attributes, lossy ones are recognised, and broken files (truncated anywhere,
 * not DICOM at all) are refused with a message that names the file.
 */
class DicomObjectReaderTest {

    @TempDir
    static Path dir;
    static DcmtkFiles files;
    static Instance instance;

    private final DicomObjectReader reader = Dicom.reader();

    /**
     * PixelMed logs every value it cannot read with a stack trace (through slf4j, bound to
     * java.util.logging when run from the Debian jar); thousands of expected failures would bury the
     * build log. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final Logger PIXELMED_LOG = Logger.getLogger("com.pixelmed");
    private static Level pixelmedLevel;

    @BeforeAll
    static void makeFiles() {
        pixelmedLevel = PIXELMED_LOG.getLevel();
        PIXELMED_LOG.setLevel(Level.OFF);
        files = new DcmtkFiles(dir);
        instance = DcmtkFiles.newInstance("PID-0001", "OT");
    }

    @AfterAll
    static void restoreLogging() {
        PIXELMED_LOG.setLevel(pixelmedLevel);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void readsTheIdentifyingAttributesOfEveryVariant(Variant variant) throws DicomReadException {
        Path file = files.file(instance, variant);
        assertTrue(reader.isDicom(file), variant + ": isDicom");

        DicomHeader h = reader.read(file);

        assertAll(variant.name(),
                () -> assertEquals(instance.patientId(), h.patientId(), "patient ID"),
                () -> assertEquals(instance.patientName(), h.patientName(), "patient name"),
                () -> assertEquals(LocalDate.of(1970, 7, 4), h.patientBirthDate(), "birth date"),
                () -> assertEquals("F", h.patientSex(), "sex"),
                () -> assertEquals(instance.studyInstanceUid(), h.studyInstanceUid(), "study UID"),
                () -> assertEquals(instance.seriesInstanceUid(), h.seriesInstanceUid(), "series UID"),
                () -> {
                    if (variant.newSopInstanceUid) {
                        assertNotEquals(instance.sopInstanceUid(), h.sopInstanceUid(), "new SOP instance UID");
                        assertEquals(h.get(0x0002, 0x0003), h.sopInstanceUid(), "SOP instance UID as in the meta");
                    } else {
                        assertEquals(instance.sopInstanceUid(), h.sopInstanceUid(), "SOP instance UID");
                    }
                },
                () -> assertEquals(DcmtkFiles.SECONDARY_CAPTURE, h.sopClassUid(), "SOP class UID"),
                () -> assertEquals(LocalDate.of(2024, 3, 15), h.studyDate(), "study date"),
                () -> assertEquals(instance.studyTime(), h.studyTime(), "study time"),
                () -> assertEquals(instance.accessionNumber(), h.accessionNumber(), "accession number"),
                () -> assertEquals("OT", h.modality(), "modality"),
                () -> assertEquals(instance.studyDescription(), h.studyDescription(), "study description"),
                () -> assertEquals(instance.institutionName(), h.institutionName(), "institution"),
                () -> assertEquals(variant.transferSyntaxUid, h.transferSyntaxUid(), "transfer syntax"),
                () -> assertEquals("NO", h.burnedInAnnotation(), "burned in annotation"),
                () -> assertTrue(h.hasPixelData(), "has pixel data"),
                () -> assertEquals("64", h.get(0x0028, 0x0010), "rows through get()"),
                () -> assertEquals("MONOCHROME2", h.get(0x0028, 0x0004), "photometric interpretation through get()"),
                () -> assertNull(h.get(0x7FE0, 0x0010), "pixel data is never read"),
                () -> assertNull(h.get(0x0018, 0x0050), "absent attribute"),
                () -> assertEquals(variant.lossy, h.isLossy(), "isLossy"));
    }

    @Test
    void metaInformationIsReadableThroughGetAndAbsentWithoutIt() throws DicomReadException {
        DicomHeader withMeta = reader.read(files.file(instance, Variant.EXPLICIT_BIG));
        assertEquals(Variant.EXPLICIT_BIG.transferSyntaxUid, withMeta.get(0x0002, 0x0010));
        assertEquals(instance.sopInstanceUid(), withMeta.get(0x0002, 0x0003));

        DicomHeader bare = reader.read(files.file(instance, Variant.DATASET_ONLY));
        assertNull(bare.get(0x0002, 0x0010), "a bare data set has no meta information");
        assertEquals(TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN, bare.transferSyntaxUid(),
                "the transfer syntax it was read with");
    }

    @Test
    void lossyJpegCarriesTheLossyAttributes() throws DicomReadException {
        DicomHeader jpeg = reader.read(files.file(instance, Variant.JPEG_BASELINE));
        assertEquals("01", jpeg.lossyImageCompression());
        assertEquals("ISO_10918_1", jpeg.lossyImageCompressionMethod());
        assertNotNull(jpeg.lossyImageCompressionRatio());
        assertTrue(Double.parseDouble(jpeg.lossyImageCompressionRatio()) > 1.0, jpeg.lossyImageCompressionRatio());
        assertTrue(jpeg.isLossy());

        DicomHeader original = reader.read(files.file(instance, Variant.EXPLICIT_LITTLE));
        assertNull(original.lossyImageCompression());
        assertNull(original.lossyImageCompressionMethod());
        assertFalse(original.isLossy());
    }

    @Test
    void lossyTransferSyntaxIsLossyEvenWithoutTheAttribute() throws DicomReadException {
        DicomHeader h = reader.read(files.file(instance, Variant.JPEG_LOSSY_UNFLAGGED));
        assertNull(h.lossyImageCompression(), "dcmodify removed (0028,2110)");
        assertEquals(TransferSyntaxes.JPEG_BASELINE, h.transferSyntaxUid());
        assertTrue(h.isLossy());
    }

    @Test
    void decompressedLossyImageStaysLossy() throws DicomReadException {
        DicomHeader h = reader.read(files.file(instance, Variant.JPEG_DECOMPRESSED));
        assertEquals(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, h.transferSyntaxUid());
        assertEquals("01", h.lossyImageCompression());
        assertTrue(h.isLossy());
    }

    @Test
    void losslessCompressionIsNotLossy() throws DicomReadException {
        DicomHeader h = reader.read(files.file(instance, Variant.JPEG_2000_LOSSLESS));
        assertEquals(TransferSyntaxes.JPEG_2000_LOSSLESS, h.transferSyntaxUid());
        assertFalse(h.isLossy());
        assertTrue(TransferSyntaxes.isLossy(TransferSyntaxes.JPEG_2000));
        assertTrue(TransferSyntaxes.isLossy(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS));
        assertTrue(TransferSyntaxes.isLossy(TransferSyntaxes.JPEG_EXTENDED));
        assertFalse(TransferSyntaxes.isLossy(TransferSyntaxes.JPEG_LOSSLESS_SV1));
        assertFalse(TransferSyntaxes.isLossy(TransferSyntaxes.RLE_LOSSLESS));
        assertFalse(TransferSyntaxes.isLossy(null));
    }

    @Test
    void nestedPixelDataOfAnIconDoesNotEndTheHeader() throws DicomReadException {
        DicomHeader h = reader.read(files.file(instance, Variant.WITH_ICON));
        assertEquals("IDENTITY", h.get(0x2050, 0x0020), "an attribute after the icon image sequence");
        assertNull(h.get(0x0088, 0x0200), "sequences are not kept as strings");
        assertTrue(h.hasPixelData());
    }

    @Test
    void headerIsImmutableAndItsToStringHasNoPatientData() throws DicomReadException {
        DicomHeader h = reader.read(files.file(instance, Variant.EXPLICIT_LITTLE));
        Map<Integer, String> attributes = h.attributes();
        assertThrows(UnsupportedOperationException.class, () -> attributes.put(1, "x"));
        String text = h.toString();
        assertTrue(text.contains(instance.sopInstanceUid()), text);
        assertFalse(text.contains(instance.patientId()), text);
        assertFalse(text.contains("TEST^PATIENT"), text);
        assertThrows(IllegalArgumentException.class, () -> h.get(0x10000, 0));
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"EXPLICIT_LITTLE", "IMPLICIT_LITTLE", "EXPLICIT_BIG", "DATASET_ONLY",
            "JPEG_BASELINE", "JPEG_2000_LOSSY"})
    void fileCutInsideThePixelDataIsTruncated(Variant variant) throws IOException {
        Path whole = files.file(instance, variant);
        long size = Files.size(whole);
        for (long cut : new long[] {size - 1, size - 10, size - 100}) {
            Path cutFile = cut(whole, cut, variant + "-cut-" + cut);
            DicomReadException e = assertThrows(DicomReadException.class, () -> reader.read(cutFile),
                    variant + " cut to " + cut + " of " + size + " bytes");
            assertTrue(e.getMessage().contains(cutFile.toString()), "names the file: " + e.getMessage());
            assertTrue(e.getMessage().contains("truncated at byte " + cut), "says where: " + e.getMessage());
            assertEquals(cutFile, e.file());
        }
    }

    /**
     * The file cut after every one of its first 2048 bytes (the whole header) and its last 64, and
     * at every 7th byte in between (uncompressed pixel data, where every cut is judged by the same
     * length check): every cut must be refused, never returned as a smaller but "valid" header. The deflated variant is
     * checked by inflating to the end, the others by the element lengths.
     */
    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"EXPLICIT_LITTLE", "IMPLICIT_LITTLE", "EXPLICIT_BIG", "DATASET_ONLY",
            "DEFLATED", "JPEG_BASELINE", "JPEG_2000_LOSSY", "WITH_ICON"})
    void everyCutIsRefused(Variant variant) throws IOException {
        Path whole = files.file(instance, variant);
        int size = (int) Files.size(whole);
        Path cutFile = dir.resolve(variant + "-sweep.dcm");
        Files.copy(whole, cutFile);
        List<String> accepted = new ArrayList<>();
        int reads = 0;
        // cut from the end towards the start, shortening one file in place (cheap) instead of writing thousands
        try (FileChannel channel = FileChannel.open(cutFile, StandardOpenOption.WRITE)) {
            for (int cut = size - 1; cut >= 0; cut -= cut > 2048 && cut < size - 64 ? 7 : 1) {
                channel.truncate(cut);
                reads++;
                try {
                    reader.read(cutFile);
                    accepted.add(Integer.toString(cut));
                } catch (DicomReadException e) {
                    if (!e.getMessage().startsWith(cutFile + ": ")) {
                        accepted.add(cut + " (message does not name the file: " + e.getMessage() + ")");
                    }
                }
            }
        }
        assertTrue(accepted.isEmpty(), variant + " (" + size + " bytes, " + reads + " cuts): " + accepted.size()
                + " cuts were read as if complete: " + accepted);
    }

    @Test
    void concurrentReadsGiveTheSameHeaders() throws Exception {
        List<Path> paths = new ArrayList<>();
        Map<Path, DicomHeader> expected = new HashMap<>();
        for (Variant v : Variant.values()) {
            Path p = files.file(instance, v);
            paths.add(p);
            expected.put(p, reader.read(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 200; i++) {
                        Path p = paths.get((i + offset) % paths.size());
                        if (!reader.read(p).equals(expected.get(p))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(0, f.get(60, TimeUnit.SECONDS), "headers read concurrently differ from sequential ones");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void textFileIsNotDicom() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "Patient called about the appointment; not a DICOM file at all.\n".repeat(10),
                StandardCharsets.US_ASCII);
        assertFalse(reader.isDicom(text));
        DicomReadException e = assertThrows(DicomReadException.class, () -> reader.read(text));
        assertTrue(e.getMessage().startsWith(text + ": not a DICOM file"), e.getMessage());
    }

    @Test
    void pngIsNotDicom() throws IOException {
        byte[] png = new byte[300];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        Path file = Files.write(dir.resolve("image.png"), png);
        assertFalse(reader.isDicom(file));
        DicomReadException e = assertThrows(DicomReadException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a DICOM file"), e.getMessage());
    }

    @Test
    void emptyMissingAndDirectoryAreRefusedClearly() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.dcm"));
        assertFalse(reader.isDicom(empty));
        DicomReadException e = assertThrows(DicomReadException.class, () -> reader.read(empty));
        assertEquals(empty + ": not a DICOM file: the file is empty", e.getMessage());

        Path missing = dir.resolve("missing.dcm");
        assertFalse(reader.isDicom(missing));
        e = assertThrows(DicomReadException.class, () -> reader.read(missing));
        assertEquals(missing + ": file does not exist", e.getMessage());

        assertFalse(reader.isDicom(dir));
        e = assertThrows(DicomReadException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
    }

    @Test
    void isDicomNeedsOnlyTheStartOfTheFile() throws IOException {
        Path whole = files.file(instance, Variant.EXPLICIT_LITTLE);
        Path start = cut(whole, 140, "start-only");
        assertTrue(reader.isDicom(start), "preamble and DICM are enough for the cheap check");
        assertThrows(DicomReadException.class, () -> reader.read(start));
    }

    private static Path cut(Path file, long length, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(dir.resolve(name + ".dcm"), Arrays.copyOf(bytes, (int) length));
    }
}
