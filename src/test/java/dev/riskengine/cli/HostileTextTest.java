package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook text meant for a terminal rather than a reader: escape sequences that colour, clear or
 * move, and names long enough to flood the console. The console and Markdown show the codes and
 * a shortened name; the workbook's own text is untouched in scores.json.
 */
class HostileTextTest extends CommandTest {
    private static final String RED = "\u001b[31m";

    @TempDir Path temp;

    @Test
    void terminalEscapeInACountryNameIsShownEscapedOnTheConsoleAndInSummaryMd() throws Exception {
        Path input = sampleWith("Countries!B3", RED + "Morocco\u001b[0m\u202e");
        Path reports = temp.resolve("reports");

        int code = risk("assess", "--input", input.toString(), "--reports", reports.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).doesNotContain("\u001b", "\u202e").contains("\\x1b[31mMorocco\\x1b[0m\\u202e (MAR)");
        String summary = Files.readString(onlyRun(reports).resolve("summary.md"));
        assertThat(summary).doesNotContain("\u001b", "\u202e").contains("\\x1b\\[31mMorocco\\x1b\\[0m\\u202e");
    }

    @Test
    void terminalEscapeInAProblemIsShownEscaped() throws Exception {
        Path input = sampleWith("Countries!A3", "M\u001b[2JA");

        int code = risk("validate", "--input", input.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).doesNotContain("\u001b").contains("found \"M\\x1b[2JA\"");
    }

    @Test
    void terminalEscapeInAnArgumentIsShownEscapedInTheUsageError() {
        // a bad value and an unknown option: picocli answers before any command starts
        int badValue = risk("assess", "--year", RED + "2016");
        int unknownOption = risk("assess", "--colour" + RED);

        assertThat(badValue).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).doesNotContain("\u001b")
                .contains("Invalid value for option '--year': '\\x1b[31m2016'")
                .contains("Unknown option: '--colour\\x1b[31m'");
    }

    @Test
    void veryLongCountryNameIsShortenedWithAnEllipsisOnTheConsoleAndInSummaryMd() throws Exception {
        String longName = "Morocco" + "o".repeat(30_000);
        Path input = sampleWith("Countries!B3", longName);
        Path reports = temp.resolve("reports");

        int code = risk("assess", "--input", input.toString(), "--reports", reports.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        String shown = "Morocco" + "o".repeat(52) + "…";
        assertThat(out.toString()).contains(shown + " (MAR)").hasSizeLessThan(10_000);
        Path run = onlyRun(reports);
        assertThat(Files.readString(run.resolve("summary.md"))).contains(shown + " (MAR)").hasSizeLessThan(30_000);
        assertThat(Files.readString(run.resolve("scores.json"))).contains(longName); // the data keeps the name whole
    }

    private Path onlyRun(Path reports) throws Exception {
        return dev.riskengine.store.PublishedRuns.list(reports).stream().findFirst().orElseThrow();
    }

    /**
     * The sample workbook with one text cell replaced. XML cannot hold most control characters,
     * so an .xlsx writes them as {@code _x001B_}, which POI reads back as the character.
     */
    private Path sampleWith(String address, String text) throws Exception {
        Path copy = temp.resolve("indicators.xlsx");
        CellReference ref = new CellReference(address);
        Workbook book;
        try (InputStream in = Files.newInputStream(Path.of("inputs/indicators.xlsx"))) {
            book = WorkbookFactory.create(in);
        }
        try (book; OutputStream os = Files.newOutputStream(copy)) {
            book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol())
                    .setCellValue(text.replace("\u001b", "_x001B_"));
            book.write(os);
        }
        return copy;
    }
}
