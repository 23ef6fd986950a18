package org.custodian.dicom.internal.pixelmed;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipException;

import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;

/**
 * {@link DicomObjectReader} on PixelMed. Registered as a Declarative Services component
 * ({@code OSGI-INF/org.custodian.dicom.reader.xml}); stateless and thread safe.
 *
 * <p>PixelMed parses the data set up to, not including, the pixel data (a read termination
 * strategy stops it at the first top-level pixel data tag, 7FE0,0008/0009/0010, or any later tag),
 * with decompression off. PixelMed silently accepts a data set cut short and returns what it has,
 * so checks of our own run around it: {@link DicomSniffer} keeps non-DICOM files out,
 * {@link TrackingInputStream} notices a header element running past the end of the file,
 * {@link PixelDataCheck} verifies that the pixel data the read stopped at fits in the file (or, for
 * a deflated data set, that it inflates to its end), and an image without pixel data or an object
 * without SOP Class / Instance UID is refused. The whole read uses one open file channel.
 */
public final class PixelMedObjectReader implements DicomObjectReader {

    private static final int BUFFER_SIZE = 8 * 1024;
    /** Binary values longer than this are not kept in {@link DicomHeader#attributes()}. */
    private static final int MAX_BINARY_VALUE_LENGTH = 64;
    private static final Set<String> BINARY_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "UN");

    /** Public no-argument constructor for Declarative Services and {@code Dicom.reader()}. */
    public PixelMedObjectReader() {
    }

    @Override
    public boolean isDicom(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return DicomSniffer.whyNotDicom(channel, channel.size()) == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public DicomHeader read(Path file) throws DicomReadException {
        Objects.requireNonNull(file, "file");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, channel);
        } catch (NoSuchFileException e) {
            throw new DicomReadException(file, "file does not exist", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new DicomReadException(file, "is a directory, not a DICOM file", e);
            }
            throw new DicomReadException(file, "cannot be read: " + e, e);
        }
    }

    /** One open channel for everything: the sniffing, the parse and the checks. */
    private static DicomHeader read(Path file, FileChannel channel) throws DicomReadException, IOException {
        long size = channel.size();
        String notDicom = DicomSniffer.whyNotDicom(channel, size);
        if (notDicom != null) {
            throw new DicomReadException(file, notDicom);
        }

        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        StopBeforePixelData stop = new StopBeforePixelData(list);
        TransferSyntax syntax;
        boolean deflated;
        channel.position(0);
        // not closed here: closing the stream would close the channel, which the caller closes
        TrackingInputStream tracker = new TrackingInputStream(
                new BufferedInputStream(Channels.newInputStream(channel), BUFFER_SIZE), size);
        try {
            DicomInputStream din = new DicomInputStream(tracker);
            tracker.arm();
            list.read(din, stop);
            syntax = din.getTransferSyntaxToReadDataSet();
            deflated = syntax != null && syntax.isDeflated();
        } catch (ClosedChannelException e) {
            throw e;
        } catch (IOException | DicomException | RuntimeException e) {
            String truncated = overrun(tracker, size);
            if (truncated != null) {
                throw new DicomReadException(file, truncated, e);
            }
            if (e instanceof EOFException || e instanceof ZipException) {
                throw new DicomReadException(file, "truncated at byte " + size + ": the data ends unexpectedly ("
                        + e.getMessage() + ")", e);
            }
            throw new DicomReadException(file, "cannot be parsed as DICOM: " + e.getMessage(), e);
        }
        if (!deflated) { // a deflated data set is read through an inflater, which reads ahead in chunks
            String truncated = overrun(tracker, size);
            if (truncated != null) {
                throw new DicomReadException(file, truncated);
            }
        }

        Map<Integer, String> attributes = toStrings(list);
        if (attributes.keySet().stream().allMatch(tag -> tag >>> 16 == 0x0002)) {
            throw new DicomReadException(file, "truncated at byte " + size
                    + ": nothing follows the file meta information");
        }
        String incomplete = null;
        if (deflated) {
            // positions in a deflated data set do not map to the file, so nothing can be checked in
            // place: inflate the whole data set instead (deflate is only used for small objects)
            incomplete = PixelDataCheck.whyDeflatedIncomplete(channel, size, dataSetStart(file, attributes));
        } else if (stop.pixelData != null && syntax != null) {
            incomplete = PixelDataCheck.whyIncomplete(channel, size, stop.byteOffsetAfterTag - 4,
                    stop.pixelData.getGroup(), stop.pixelData.getElement(), syntax.isExplicitVR(),
                    syntax.isBigEndian());
        }
        if (incomplete != null) {
            throw new DicomReadException(file, incomplete);
        }
        String sopClass = first(attributes, DicomHeader.tag(0x0008, 0x0016), DicomHeader.tag(0x0002, 0x0002));
        String sopInstance = first(attributes, DicomHeader.tag(0x0008, 0x0018), DicomHeader.tag(0x0002, 0x0003));
        if (sopClass == null || sopInstance == null) {
            throw new DicomReadException(file, "incomplete DICOM object: it has no "
                    + (sopClass == null ? "SOP Class UID (0008,0016)" : "SOP Instance UID (0008,0018)")
                    + "; if it should have one, the file is truncated at byte " + size);
        }
        if (stop.pixelData == null && !stop.stopped) {
            if (SOPClass.isImageStorage(sopClass)) {
                throw new DicomReadException(file, "truncated at byte " + size
                        + ": the file ends before Pixel Data (7FE0,0010), which an image (SOP Class " + sopClass
                        + ") must have");
            }
            if (attributes.containsKey(DicomHeader.tag(0x0028, 0x0010))
                    && attributes.containsKey(DicomHeader.tag(0x0028, 0x0011))
                    && attributes.containsKey(DicomHeader.tag(0x0028, 0x0100))) {
                throw new DicomReadException(file, "truncated at byte " + size
                        + ": the file ends before Pixel Data (7FE0,0010) although Rows, Columns and Bits Allocated "
                        + "describe an image");
            }
        }

        String ts = attributes.get(DicomHeader.tag(0x0002, 0x0010));
        if (ts == null && syntax != null) {
            ts = syntax.getUID();
        }
        return new DicomHeader(
                attributes.get(DicomHeader.tag(0x0010, 0x0020)),
                attributes.get(DicomHeader.tag(0x0010, 0x0010)),
                date(attributes.get(DicomHeader.tag(0x0010, 0x0030))),
                attributes.get(DicomHeader.tag(0x0010, 0x0040)),
                attributes.get(DicomHeader.tag(0x0020, 0x000D)),
                attributes.get(DicomHeader.tag(0x0020, 0x000E)),
                sopInstance,
                sopClass,
                date(attributes.get(DicomHeader.tag(0x0008, 0x0020))),
                attributes.get(DicomHeader.tag(0x0008, 0x0030)),
                attributes.get(DicomHeader.tag(0x0008, 0x0050)),
                attributes.get(DicomHeader.tag(0x0008, 0x0060)),
                attributes.get(DicomHeader.tag(0x0008, 0x1030)),
                attributes.get(DicomHeader.tag(0x0008, 0x0080)),
                ts,
                attributes.get(DicomHeader.tag(0x0028, 0x2110)),
                attributes.get(DicomHeader.tag(0x0028, 0x2112)),
                attributes.get(DicomHeader.tag(0x0028, 0x2114)),
                attributes.get(DicomHeader.tag(0x0028, 0x0301)),
                stop.pixelData != null,
                attributes);
    }

    /**
     * Where the data set starts in a Part 10 file: after the preamble, "DICM" and the meta information,
     * whose length (0002,0000) is the value of its first element.
     */
    private static long dataSetStart(Path file, Map<Integer, String> attributes) throws DicomReadException {
        String groupLength = attributes.get(DicomHeader.tag(0x0002, 0x0000));
        if (groupLength == null) {
            throw new DicomReadException(file, "deflated data set without File Meta Information Group Length "
                    + "(0002,0000); cannot tell where the data set starts");
        }
        try {
            return DicomSniffer.PREAMBLE_LENGTH + 4 + 12 + Long.parseLong(groupLength.strip());
        } catch (NumberFormatException e) {
            throw new DicomReadException(file, "File Meta Information Group Length (0002,0000) is not a number: "
                    + groupLength, e);
        }
    }

    private static String first(Map<Integer, String> attributes, int tag, int fallback) {
        String value = attributes.get(tag);
        return value != null ? value : attributes.get(fallback);
    }

    private static String overrun(TrackingInputStream tracker, long size) {
        if (tracker == null || tracker.overrunStart() < 0) {
            return null;
        }
        return "truncated at byte " + size + ": the element being read at byte " + tracker.overrunStart()
                + " needs the file to be at least " + tracker.overrunEnd() + " bytes long";
    }

    private static Map<Integer, String> toStrings(AttributeList list) {
        Map<Integer, String> map = new HashMap<>();
        for (Attribute a : list.values()) {
            if (a instanceof SequenceAttribute) {
                continue;
            }
            if (BINARY_VRS.contains(a.getVRAsString()) && a.getVL() > MAX_BINARY_VALUE_LENGTH) {
                continue;
            }
            String value = a.getDelimitedStringValuesOrNull();
            if (value != null) {
                value = value.strip();
                if (!value.isEmpty()) {
                    AttributeTag t = a.getTag();
                    map.put(DicomHeader.tag(t.getGroup(), t.getElement()), value);
                }
            }
        }
        return map;
    }

    /** DA is YYYYMMDD; old ACR-NEMA files write YYYY.MM.DD. Anything else, or an impossible date, is null. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        int backslash = v.indexOf('\\');
        if (backslash >= 0) {
            v = v.substring(0, backslash);
        }
        v = v.strip();
        if (v.length() == 10 && v.charAt(4) == '.' && v.charAt(7) == '.') {
            v = v.substring(0, 4) + v.substring(5, 7) + v.substring(8);
        }
        if (v.length() != 8 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Stops the read at the first top-level pixel data tag (7FE0,0008/0009/0010) or any later tag,
     * before its value is read. Tags inside sequences (an icon image's pixel data) do not stop it.
     */
    private static final class StopBeforePixelData implements AttributeList.ReadTerminationStrategy {
        private final AttributeList topLevel;
        boolean stopped;
        AttributeTag pixelData;
        long byteOffsetAfterTag = -1;

        StopBeforePixelData(AttributeList topLevel) {
            this.topLevel = topLevel;
        }

        @Override
        public boolean terminate(AttributeList list, AttributeTag tag, long byteOffset) {
            if (list != topLevel || tag.getGroup() < 0x7FE0 || tag.getGroup() == 0x7FE0 && tag.getElement() < 0x0008) {
                return false; // nested, or before the pixel data family (the extended offset table is 7FE0,0001/0002)
            }
            stopped = true;
            if (tag.getGroup() == 0x7FE0
                    && (tag.getElement() == 0x0010 || tag.getElement() == 0x0008 || tag.getElement() == 0x0009)) {
                pixelData = tag;
                byteOffsetAfterTag = byteOffset;
            }
            return true;
        }
    }
}
