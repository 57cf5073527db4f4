package dev.riskengine.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Tells, before POI gets to throw, what a file is when it is plainly not a workbook: missing,
 * a directory, empty, a CSV saved under an .xlsx name, an HTML page. Analysts meet these far more
 * often than a damaged workbook, and each deserves its own sentence.
 */
final class FileSniffer {
    static final String OPEN_DOCUMENT_SPREADSHEET = "an OpenDocument spreadsheet (LibreOffice .ods; "
            + "in LibreOffice, save it as Excel 2007-365 .xlsx and retry)";
    /** Enough bytes to tell text from binary. */
    private static final int SAMPLE_BYTES = 4096;
    /** OpenDocument files are zips whose entry "mimetype" names their kind. */
    private static final String OPEN_DOCUMENT_TYPE = "application/vnd.oasis.opendocument.";
    /** A mimetype entry is one short line; anything longer is not one. */
    private static final int LONGEST_MIMETYPE = 100;

    /** What the file is instead of a workbook; empty when it looks like one (xlsx or xls). */
    Optional<String> notAWorkbook(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("a directory");
        }
        if (!Files.exists(file)) {
            return Optional.of("no file by that name");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("a file that cannot be read (check its permissions)");
        }
        try {
            if (Files.size(file) == 0) {
                return Optional.of("an empty file (0 bytes)");
            }
            FileMagic magic = FileMagic.valueOf(file.toFile());
            if (magic == FileMagic.OOXML) {
                return openDocument(file); // .xlsx and LibreOffice's .ods are both zips
            }
            if (magic == FileMagic.OLE2) {
                return Optional.empty();
            }
            return Optional.of(describe(magic, file));
        } catch (IOException e) {
            return Optional.of("a file that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String describe(FileMagic magic, Path file) throws IOException {
        switch (magic) {
            case HTML:
                return "an HTML page, not a workbook";
            case XML:
                return "an XML file, not a workbook (an Excel 2003 XML spreadsheet? save it as .xlsx)";
            case PDF:
                return "a PDF document, not a workbook";
            case BIFF2: case BIFF3: case BIFF4:
                return "a workbook in an Excel format older than Excel 97 (save it as .xlsx)";
            default:
                return isText(file)
                        ? "a text file, not a workbook (a CSV file renamed? open it in Excel and save it as .xlsx)"
                        : "a file that is not a workbook";
        }
    }

    /**
     * An OpenDocument file (LibreOffice, OpenOffice) by its {@code mimetype} entry, which POI
     * would otherwise report as a damaged workbook. Empty for any other zip, left to POI.
     */
    private static Optional<String> openDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null) {
                return Optional.empty();
            }
            String type;
            try (InputStream in = zip.getInputStream(entry)) {
                type = new String(in.readNBytes(LONGEST_MIMETYPE), StandardCharsets.US_ASCII).trim();
            }
            if (!type.startsWith(OPEN_DOCUMENT_TYPE)) {
                return Optional.empty();
            }
            return Optional.of(type.equals(OPEN_DOCUMENT_TYPE + "spreadsheet") ? OPEN_DOCUMENT_SPREADSHEET
                    : "an OpenDocument file of type " + type.substring(OPEN_DOCUMENT_TYPE.length()) + ", not a workbook");
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable zip: opening it as a workbook says best what is wrong
        }
    }

    /** Text (CSV, TSV, ...) decodes as UTF-8 with no control characters but line breaks and tabs. */
    private static boolean isText(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, wholeLines(sample))).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A sample cut mid-character would not decode; keep whole lines only. */
    private static int wholeLines(byte[] sample) {
        if (sample.length < SAMPLE_BYTES) {
            return sample.length;
        }
        for (int i = sample.length - 1; i >= 0; i--) {
            if (sample[i] == '\n') {
                return i + 1;
            }
        }
        return sample.length;
    }
}
