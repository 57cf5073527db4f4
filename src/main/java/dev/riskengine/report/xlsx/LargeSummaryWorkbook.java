package dev.riskengine.report.xlsx;

import dev.riskengine.report.CountryName;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * summary.xlsx for a large run, written with POI's streaming writer (SXSSF): only a window of
 * rows is in memory, so 100,000 units and their firings write in bounded memory. The same sheets
 * as {@link SummaryWorkbook} (Summary, Uncertainty, Contributions, Data issues, Run), without the
 * per-unit hyperlinks; a sheet that would pass Excel's row limit ends with a row saying where
 * the rest is (scores.json).
 */
public final class LargeSummaryWorkbook {
    private static final int ROWS_IN_MEMORY = 500;
    /** Excel's last row is 1,048,576; one is kept for the header and one for the note. */
    static final int MAX_DATA_ROWS = 1_048_574;
    /** Rows of the Contributions sheet: all firings of about 8,000 units. */
    static final int MAX_CONTRIBUTION_ROWS = 100_000;

    private static final List<String> SUMMARY_HEADERS = List.of("Rank", "ISO3", "Name", "Region", "Band", "Score",
            "Reliability", "Score low", "Score high", "Threat", "Exposure", "Vulnerability", "Completeness",
            "Missing indicators", "No score because");
    private static final List<String> CONTRIBUTION_HEADERS = List.of("ISO3", "Name", "Rule", "File",
            "Dimension", "Points", "Reason", "Cells");
    private static final List<String> ISSUE_HEADERS = List.of("Kind", "ISO3", "Address", "Message");

    private final int contributionRows;

    public LargeSummaryWorkbook() {
        this(MAX_CONTRIBUTION_ROWS);
    }

    /** @param contributionRows the most rows of the Contributions sheet (tests use few) */
    public LargeSummaryWorkbook(int contributionRows) {
        this.contributionRows = contributionRows;
    }

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With sheet "Changes": what changed since the run compared with, up to Excel's row limit. */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook.getXSSFWorkbook());
            summary(assessment, new SheetTable(workbook.createSheet(SummaryWorkbook.SUMMARY), styles, 0, SUMMARY_HEADERS),
                    styles);
            contributions(assessment, new SheetTable(workbook.createSheet(SummaryWorkbook.CONTRIBUTIONS), styles, 0,
                    CONTRIBUTION_HEADERS), styles);
            issues(assessment, new SheetTable(workbook.createSheet(SummaryWorkbook.DATA_ISSUES), styles, 0, ISSUE_HEADERS));
            SummaryWorkbook.writeRun(run, new SheetTable(workbook.createSheet(SummaryWorkbook.RUN), styles, 0,
                    SummaryWorkbook.RUN_HEADERS), styles);
            UncertaintySheet.write(workbook, styles, assessment);
            ComparisonSheet.write(workbook, styles, comparison, MAX_DATA_ROWS - 1_000);
            workbook.setActiveSheet(0);
            Instant stamp = run.startedAt() == null ? Instant.EPOCH : run.startedAt();
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(Date.from(stamp)));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Country Risk Engine");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close(); // removes the streaming writer's temporary files
        }
    }

    private static void summary(Assessment assessment, SheetTable table, WorkbookStyles styles) {
        for (CountryAssessment country : assessment.countries()) {
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, country.scored() ? (double) country.rank() : null, styles.integer());
            table.text(row, col++, country.iso3());
            table.text(row, col++, CountryName.of(country));
            table.text(row, col++, country.country().getRegion());
            table.text(row, col++, country.band(), styles.band(country.bandLevel()));
            table.number(row, col++, country.score(), styles.score());
            table.number(row, col++, country.reliability(), styles.score());
            table.number(row, col++, country.scoreLow(), styles.score());
            table.number(row, col++, country.scoreHigh(), styles.score());
            for (Dimension dimension : Dimension.values()) {
                table.number(row, col++, country.shownDimension(dimension), styles.score());
            }
            table.number(row, col++, country.completeness(), styles.percent());
            table.text(row, col++, country.missingIndicators() == null ? "" : String.join(", ", country.missingIndicators()));
            table.text(row, col, String.join("; ", country.insufficientReasons()));
        }
        table.finish();
    }

    /**
     * Every unit's firings while they fit in the sheet's rows ({@link #MAX_CONTRIBUTION_ROWS}); beyond, the firings of
     * the highest-ranked units (whole units only) and a last row saying where the rest are. A
     * sheet of a million rows opens slowly or not at all, and took most of the time of writing.
     */
    private void contributions(Assessment assessment, SheetTable table, WorkbookStyles styles) {
        int rows = 0;
        int units = 0;
        for (CountryAssessment country : assessment.countries()) {
            List<ContributionRecord> records = country.contributions() == null ? List.of() : country.contributions();
            if (rows + records.size() > contributionRows) {
                note(table, String.format(Locale.ROOT, "These are the firings of the %,d highest-ranked units of %,d: "
                        + "the firings of every unit are in scores.json.", units, assessment.countries().size()));
                break;
            }
            for (ContributionRecord record : records) {
                SummaryWorkbook.writeContributionRow(table, country, record, styles);
            }
            rows += records.size();
            units++;
        }
        table.finish();
    }

    private static void issues(Assessment assessment, SheetTable table) {
        int rows = 0;
        for (DataIssue issue : assessment.dataIssues()) {
            if (rows++ == MAX_DATA_ROWS) {
                note(table, String.format(Locale.ROOT, "%,d more data issues than a sheet holds: see scores.json",
                        assessment.dataIssues().size() - MAX_DATA_ROWS));
                break;
            }
            SummaryWorkbook.writeIssueRow(table, issue);
        }
        table.finish();
    }

    private static void note(SheetTable table, String text) {
        table.text(table.newRow(), 0, text);
    }
}
