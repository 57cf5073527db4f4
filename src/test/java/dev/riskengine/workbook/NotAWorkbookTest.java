package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not workbooks: each gives one plain sentence naming the file, never a stack trace. */
class NotAWorkbookTest {
    private static final String EXPECTED = "an Excel workbook (.xlsx or .xls)";
    private static final String CANNOT_OPEN = "a file that cannot be opened as a workbook, perhaps damaged or incomplete (";

    @TempDir
    Path folder;

    @Test
    void missingFile() {
        WorkbookProblem problem = onlyProblem(folder.resolve("absent.xlsx"));

        assertThat(problem).isEqualTo(new WorkbookProblem("absent.xlsx", "", "no file by that name", EXPECTED));
        assertThat(problem.message())
                .isEqualTo("absent.xlsx: found no file by that name, expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void libreOfficeOdsFileIsNamedWithHowToSaveItAsXlsx() throws Exception {
        // given: an OpenDocument spreadsheet as LibreOffice writes it, its type in a first, uncompressed entry
        Path file = folder.resolve("indicators.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }

        // then
        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.ods", "", FileSniffer.OPEN_DOCUMENT_SPREADSHEET,
                EXPECTED));
        assertThat(onlyProblem(file).message()).isEqualTo("indicators.ods: found an OpenDocument spreadsheet "
                + "(LibreOffice .ods; in LibreOffice, save it as Excel 2007-365 .xlsx and retry), "
                + "expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(folder.resolve("indicators.xlsx"));

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "", "an empty file (0 bytes)",
                EXPECTED));
    }

    @Test
    void directory() throws Exception {
        Path file = Files.createDirectory(folder.resolve("indicators.xlsx"));

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "a directory with no long-form table (files: none)", LongFormReader.NO_TABLES_EXPECTED));
    }

    @Test
    void truncatedXlsx() throws Exception {
        Path file = TestWorkbook.valid().writeTo(folder);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                CANNOT_OPEN + "Truncated ZIP file)", EXPECTED));
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[5000];
        new Random(42).nextBytes(noise);
        Path file = Files.write(folder.resolve("indicators.xlsx"), noise);

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "a file that is not a workbook", EXPECTED));
    }

    @Test
    void csvRenamedToXlsx() throws Exception {
        Path file = Files.writeString(folder.resolve("indicators.xlsx"),
                "ISO3,Year,fighters_abroad\nMAR,2024,1500\nDZA,2024,\"1,200\"\n", StandardCharsets.UTF_8);

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "a text file, not a workbook (a CSV file renamed? open it in Excel and save it as .xlsx)", EXPECTED));
    }

    @Test
    void wordDocumentRenamedToXlsx() throws Exception {
        Path file = folder.resolve("indicators.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Indicators");
            document.write(out);
        }

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "a Word document, not a workbook", EXPECTED));
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = folder.resolve("indicators.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                TestWorkbook.valid().workbook().write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "a password-protected workbook", "a workbook that opens without a password"));
    }

    @Test
    void truncatedXls() throws Exception {
        Path file = TestWorkbook.validXls().writeTo(folder);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        WorkbookProblem problem = onlyProblem(file);

        assertThat(problem.file()).isEqualTo("indicators.xls");
        assertThat(problem.found()).startsWith(CANNOT_OPEN).doesNotContain(folder.toString());
        assertThat(problem.expected()).isEqualTo(EXPECTED);
    }

    @Test
    void htmlPageSavedAsXlsx() throws Exception {
        Path file = Files.writeString(folder.resolve("indicators.xlsx"), "<html><body><table></table></body></html>");

        assertThat(onlyProblem(file)).isEqualTo(new WorkbookProblem("indicators.xlsx", "",
                "an HTML page, not a workbook", EXPECTED));
    }

    @Test
    void messageIsTheProblemsLinesWithNoStackTrace() throws Exception {
        Path file = Files.write(folder.resolve("indicators.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});

        Throwable thrown = catchThrowable(() -> new WorkbookReader().read(file));

        assertThat(thrown).isInstanceOf(InvalidWorkbookException.class);
        assertThat(thrown.getMessage()).startsWith("indicators.xlsx: found " + CANNOT_OPEN)
                .doesNotContain("\n").doesNotContain("Exception").doesNotContain(folder.toString());
        assertThat(thrown.getCause()).isNull();
    }
}
