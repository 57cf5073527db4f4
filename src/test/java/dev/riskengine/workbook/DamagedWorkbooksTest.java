package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.riskengine.cli.RiskCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks damaged as a broken zip tool, a script writing XML by hand or an attacker leaves
 * them. Each is read whole and streamed, and through {@code ./risk validate} both as a small file
 * (read whole) and as a large one (streamed): every way must give the same one located line and
 * exit 1, and nothing else may reach stderr (POI logs such damage with a stack trace).
 */
class DamagedWorkbooksTest {
    private static final String DOCTYPE = "<!DOCTYPE d [<!ENTITY e \"e\">]>";
    private static final String DOCTYPE_REFUSED =
            "DOCTYPE is disallowed when the feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.";
    private static final String COUNTRIES = "xl/worksheets/sheet1.xml";
    private static final String INDICATORS = "xl/worksheets/sheet2.xml";

    @TempDir
    Path folder;

    @Test
    void doctypeInContentTypesIsOneLineFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart("[Content_Types].xml", DamagedWorkbooksTest::withDoctype),
                "indicators.xlsx: found a file that cannot be opened as a workbook, perhaps damaged or incomplete ("
                        + DOCTYPE_REFUSED + "), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void doctypeInPackageRelationshipsIsOneLineFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart("_rels/.rels", DamagedWorkbooksTest::withDoctype),
                "indicators.xlsx: found a file that cannot be opened as a workbook, perhaps damaged or incomplete "
                        + "(OOXML file structure broken/invalid - no core document found!), expected an Excel workbook (.xlsx or .xls)");
    }

    /** POI dropped the part, logged a stack trace and the run went on with exit 0. */
    @Test
    void doctypeInCorePropertiesIsALocatedErrorNotExitZero() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart("docProps/core.xml", DamagedWorkbooksTest::withDoctype),
                "indicators.xlsx: found a damaged part docProps/core.xml that cannot be read (" + DOCTYPE_REFUSED
                        + "), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void doctypeInASheetIsOneLineFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart(COUNTRIES, DamagedWorkbooksTest::withDoctype),
                "indicators.xlsx: Countries: found a sheet that cannot be read, perhaps damaged (" + DOCTYPE_REFUSED
                        + "), expected an Excel workbook (.xlsx or .xls)");
    }

    /** Read whole, POI logged a stack trace and the country was named "null", exit 0. */
    @Test
    void sharedStringIndexOutOfRangeIsALocatedErrorNotACountryNamedNull() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawCell("Countries", "B2", "<c r=\"B2\" t=\"s\"><v>99999</v></c>"),
                "indicators.xlsx: Countries!B2: found a cell that cannot be read, perhaps damaged (shared string index "
                        + "99999 is not in the workbook's shared strings), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void emptySharedStringIndexIsALocatedError() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawCell("Countries", "B2", "<c r=\"B2\" t=\"s\"><v></v></c>"),
                "indicators.xlsx: Countries!B2: found a cell that cannot be read, perhaps damaged (shared string index "
                        + "\"\" is not a whole number), expected an Excel workbook (.xlsx or .xls)");
    }

    /** Streamed, it was exit 70 "internal error" with every shared string in one 28 KB line. */
    @Test
    void negativeSharedStringIndexWhenStreamedIsALocatedErrorNotAnInternalError() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawCell("Countries", "B3", "<c r=\"B3\" t=\"s\"><v>-1</v></c>"),
                "indicators.xlsx: Countries!B3: found a cell that cannot be read, perhaps damaged (shared string index "
                        + "-1 is not in the workbook's shared strings), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void cellReferenceWithATrailingLetterIsALocatedRowFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawCell("Indicators", "C3", "<c r=\"C3n\"><v>1</v></c>"),
                "indicators.xlsx: Indicators!3:3: found a row that cannot be read, perhaps damaged (cell reference "
                        + "\"C3n\" is not valid), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void rowNumberThatIsNoNumberIsALocatedSheetFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart(INDICATORS, xml -> xml.replace("<row r=\"3\"", "<row r=\"abc\"")),
                "indicators.xlsx: Indicators: found a sheet that cannot be read, perhaps damaged (row number \"abc\" "
                        + "is not a whole number), expected an Excel workbook (.xlsx or .xls)");
    }

    /** Streamed, t="os" read as a number; whole, it was an XmlBeans message naming the schema. */
    @Test
    void cellTypeThatDoesNotExistIsALocatedCellFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawCell("Countries", "D3", "<c r=\"D3\" t=\"os\"><v>45600000</v></c>"),
                "indicators.xlsx: Countries!D3: found a cell that cannot be read, perhaps damaged (cell type \"os\" is not "
                        + "one of b, d, e, inlineStr, n, s, str), expected an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void sheetXmlThatIsNotWellFormedIsOneLineFromBothReaders() throws IOException {
        bothReadersSay(TestWorkbook.valid().rawPart(COUNTRIES, xml -> xml.replace("<row r=\"3\"", "<row r=\"3\" <")),
                "indicators.xlsx: Countries: found a sheet that cannot be read, perhaps damaged (Element type \"row\" must "
                        + "be followed by either attribute specifications, \">\" or \"/>\".), expected an Excel workbook (.xlsx or .xls)");
    }

    private static String withDoctype(String xml) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declarationEnd) + DOCTYPE + xml.substring(declarationEnd);
    }

    /**
     * The workbook read whole and streamed gives exactly {@code line}; so does {@code ./risk
     * validate}, with exit 1, for the file as it is and for the file made large enough to stream.
     */
    private void bothReadersSay(TestWorkbook book, String line) throws IOException {
        Path small = book.writeTo(Files.createDirectories(folder.resolve("small")));
        for (CellWalk walk : List.of(CellWalk.IN_MEMORY, CellWalk.STREAMING)) {
            InvalidWorkbookException invalid = catchThrowableOfType(InvalidWorkbookException.class,
                    () -> new WorkbookReader(walk).read(small));
            assertThat(invalid).as(walk + " read").isNotNull();
            assertThat(invalid.problems()).as(walk + " read").extracting(WorkbookProblem::message).containsExactly(line);
        }
        Path large = book.largeEnoughToStream().writeTo(Files.createDirectories(folder.resolve("large")));
        assertThat(Files.size(large)).isGreaterThanOrEqualTo(CellWalk.STREAMING_FROM_BYTES);
        for (Path file : List.of(small, large)) {
            assertThat(validate(file)).as("./risk validate of the " + file.getParent().getFileName() + " file")
                    .isEqualTo(List.of("exit 1", line, "1 problem in the workbook: nothing assessed."));
        }
    }

    /** Exit code, then every line on stderr: the command's and anything a library printed. */
    private static List<String> validate(Path file) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream libraries = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int exit;
        System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
        try {
            var command = RiskCommand.commandLine();
            command.setOut(new PrintWriter(new StringWriter()));
            command.setErr(new PrintWriter(err));
            exit = command.execute("validate", "--input", file.toString());
        } finally {
            System.setErr(stderr);
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("exit " + exit),
                (libraries.toString(StandardCharsets.UTF_8) + err).lines()).toList();
    }
}
