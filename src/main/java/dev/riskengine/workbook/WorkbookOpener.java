package dev.riskengine.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens the file as a workbook, or says in one line why it is not one. POI reports a bad file
 * through a dozen exception types (NotOfficeXmlFileException, EmptyFileException, ZIP errors,
 * RecordFormatException, IllegalArgumentException, ...); this is the one place that catches
 * them, so an analyst sees a sentence, never a stack trace.
 */
final class WorkbookOpener {
    static final String EXPECTED = "an Excel workbook (.xlsx or .xls)";
    /** Enough bytes to tell text from binary. */
    private static final int SNIFF_BYTES = 4096;

    private final ProblemCollector problems;

    WorkbookOpener(ProblemCollector problems) {
        this.problems = problems;
    }

    Optional<Workbook> open(Path file) {
        Optional<String> notAWorkbook = checkFile(file);
        if (notAWorkbook.isPresent()) {
            problems.add("", notAWorkbook.get(), EXPECTED);
            return Optional.empty();
        }
        try {
            // Read-only: the analyst's file must never be rewritten by reading it.
            return Optional.of(WorkbookFactory.create(file.toFile(), null, true));
        } catch (EncryptedDocumentException e) {
            problems.add("", "a password-protected workbook", "a workbook that opens without a password");
        } catch (IOException | RuntimeException e) {
            problems.add("", "a file that cannot be opened as a workbook, perhaps damaged or incomplete ("
                    + reason(e) + ")", EXPECTED);
        }
        return Optional.empty();
    }

    /** What the file is instead of a workbook, judged before POI gets to throw. */
    private Optional<String> checkFile(Path file) {
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
            if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                return Optional.empty();
            }
            return Optional.of(describe(magic, file));
        } catch (IOException e) {
            return Optional.of("a file that cannot be read (" + reason(e) + ")");
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

    /** Text (CSV, TSV, ...) decodes as UTF-8 without control characters other than line breaks and tabs. */
    private static boolean isText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        try {
            // A multi-byte character cut at the end of the sample is fine: only decode whole lines.
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, wholeLines(head))).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int wholeLines(byte[] head) {
        if (head.length < SNIFF_BYTES) {
            return head.length;
        }
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return head.length;
    }

    /** The exception's first line, trimmed: POI's messages can run to a paragraph. */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse("").trim();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
