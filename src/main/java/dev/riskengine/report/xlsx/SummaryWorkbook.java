package dev.riskengine.report.xlsx;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.SourceLines;
import dev.riskengine.report.YearChange;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * summary.xlsx, the analyst's view: the ranking with band colours on sheet "Summary", every rule
 * firing with its source cells on "Contributions" (each country on Summary links to its first
 * firing there), the "Data issues", and the "Run" that produced it all.
 */
public final class SummaryWorkbook {

    public static final String FILE_NAME = "summary.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String TREND = "Trend";
    public static final String CONTRIBUTIONS = "Contributions";
    public static final String DATA_ISSUES = "Data issues";
    public static final String RUN = "Run";

    // Reliability beside the score, as INFORM shows it; "No score because" names what a unit with
    // insufficient data lacks (empty for a scored unit).
    private static final List<String> SUMMARY_HEADERS = List.of("Rank", "ISO3", "Country", "Band", "Score",
            "Reliability", "Score low", "Score high", "Threat", "Exposure", "Vulnerability", "Completeness",
            "Missing indicators", "No score because");
    private static final int SCORE_COLUMN = 4;
    // Wide enough for three codes; longer lists wrap, so the sheet still prints one page wide legibly.
    private static final int MISSING_WIDTH = 44;
    private static final int CHANGE_COLUMN = 8;
    private static final List<String> CONTRIBUTION_HEADERS = List.of("ISO3", "Country", "Rule", "File",
            "Dimension", "Points", "Reason", "Cells");
    private static final List<String> ISSUE_HEADERS = List.of("Kind", "ISO3", "Address", "Message");
    static final List<String> RUN_HEADERS = List.of("Section", "Item", "Value");
    private static final int COUNTRY_COLUMN = 2;

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With sheet "Changes": what changed since the run compared with ({@link ComparisonSheet}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            // Sheets are created in tab order; Contributions is filled first so that Summary
            // knows the row each country's hyperlink points to.
            XSSFSheet summary = workbook.createSheet(SUMMARY);
            SheetTable contributions = new SheetTable(workbook.createSheet(CONTRIBUTIONS), styles, 0, CONTRIBUTION_HEADERS);
            List<Integer> firstContributionRows = writeContributions(assessment, contributions, styles);
            writeSummary(assessment, run, new SheetTable(summary, styles, 1, summaryHeaders(assessment)), styles,
                    contributions, firstContributionRows);
            if (assessment.otherYears().size() > 0) {
                TrendSheet.write(assessment, new SheetTable(workbook.createSheet(TREND), styles, 0,
                        TrendSheet.headers(assessment)), styles);
                workbook.setSheetOrder(TREND, 1);
            }
            writeIssues(assessment, new SheetTable(workbook.createSheet(DATA_ISSUES), styles, 0, ISSUE_HEADERS));
            writeRun(run, new SheetTable(workbook.createSheet(RUN), styles, 0, RUN_HEADERS), styles);
            UncertaintySheet.write(workbook, styles, assessment);
            ComparisonSheet.write(workbook, styles, comparison);
            workbook.setActiveSheet(0);
            // Stamp the file with the run's start rather than the clock, so the same run written
            // twice gives the same bytes (and the same SHA-256 in the manifest).
            Instant stamp = run.startedAt() == null ? Instant.EPOCH : run.startedAt();
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(stamp)));
            workbook.getProperties().getCoreProperties().setCreator("Country Risk Engine");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            try (OutputStream out = Files.newOutputStream(file)) {
                ReproducibleZip.copy(bytes.toByteArray(), stamp, out);
            }
        }
    }

    private static void writeSummary(Assessment assessment, RunMetadata run, SheetTable table, WorkbookStyles styles,
                                     SheetTable contributions, List<Integer> firstContributionRows) {
        Row titleRow = table.sheet().createRow(0);
        // The run id is the start time to the millisecond; sheet Run has the exact instant.
        Cell title = titleRow.createCell(0);
        title.setCellValue("Country risk " + assessment.year() + " — run " + run.runId() + " — input " + run.inputFile());
        title.setCellStyle(styles.title());

        List<CountryAssessment> countries = assessment.countries();
        for (int i = 0; i < countries.size(); i++) {
            CountryAssessment country = countries.get(i);
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, country.scored() ? (double) country.rank() : null, styles.integer());
            table.text(row, col++, country.iso3());
            Integer linkRow = firstContributionRows.get(i);
            Cell name = table.text(row, col++, CountryName.of(country), linkRow == null ? styles.text() : styles.link());
            if (linkRow != null) {
                Hyperlink link = table.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(contributions.address(linkRow));
                name.setHyperlink(link);
            }
            table.text(row, col++, country.band(), styles.band(country.bandLevel()));
            table.number(row, col++, country.score(), styles.score());
            table.number(row, col++, country.reliability(), styles.score());
            table.number(row, col++, country.scoreLow(), styles.score());
            table.number(row, col++, country.scoreHigh(), styles.score());
            if (assessment.previousYear().isPresent()) {
                Optional<YearChange> change = YearChange.of(assessment, country);
                table.number(row, col++, change.map(YearChange::scoreChange).orElse(null), styles.points());
                CountryAssessment before = change.map(YearChange::before).orElse(null);
                table.text(row, col++, before == null ? null : before.band(),
                        before == null ? styles.text() : styles.band(before.bandLevel()));
            }
            for (Dimension dimension : Dimension.values()) {
                table.number(row, col++, country.shownDimension(dimension), styles.score());
            }
            table.number(row, col++, country.completeness(), styles.percent());
            String missing = country.missingIndicators() == null ? "" : String.join(", ", country.missingIndicators());
            table.text(row, col, missing, styles.wrapped());
            table.capWidth(col, MISSING_WIDTH);
            String why = String.join("; ", country.insufficientReasons());
            table.text(row, col + 1, why, styles.wrapped());
            table.capWidth(col + 1, MISSING_WIDTH);
            // Office programs keep a row's stored height, so a wrapped cell gets the lines it needs.
            int lines = Math.max(1, (Math.max(missing.length(), why.length()) + MISSING_WIDTH - 3) / (MISSING_WIDTH - 2));
            row.setHeightInPoints(lines * table.sheet().getDefaultRowHeightInPoints());
        }
        // The title is not part of the table, so it does not widen column A; it runs over the
        // empty cells to its right.
        table.finish();
        SummaryChart.draw((XSSFSheet) table.sheet(), countries, assessment.year(), 2, COUNTRY_COLUMN, SCORE_COLUMN,
                CHANGE_COLUMN + 2);
    }

    /** The Summary's columns: with an earlier year assessed, the change since it and its band follow the range. */
    private static List<String> summaryHeaders(Assessment assessment) {
        List<String> headers = new ArrayList<>(SUMMARY_HEADERS);
        assessment.previousYear().ifPresent(previous -> {
            headers.add(CHANGE_COLUMN, "Change since " + previous.year());
            headers.add(CHANGE_COLUMN + 1, "Band " + previous.year());
        });
        return headers;
    }

    /** Writes every firing; returns per country (by index) the Excel row of its first one, or null. */
    private static List<Integer> writeContributions(Assessment assessment, SheetTable table, WorkbookStyles styles) {
        List<Integer> firstRows = new ArrayList<>();
        for (CountryAssessment country : assessment.countries()) {
            List<ContributionRecord> records = country.contributions() == null ? List.of() : country.contributions();
            firstRows.add(records.isEmpty() ? null : table.nextExcelRow());
            for (ContributionRecord record : records) {
                writeContributionRow(table, country, record, styles);
            }
        }
        table.finish();
        return firstRows;
    }

    /** One row of the Contributions sheet; shared with {@link LargeSummaryWorkbook}. */
    static void writeContributionRow(SheetTable table, CountryAssessment country, ContributionRecord record,
            WorkbookStyles styles) {
        Row row = table.newRow();
        table.text(row, 0, record.iso3() == null ? country.iso3() : record.iso3());
        table.text(row, 1, CountryName.of(country));
        table.text(row, 2, record.rule());
        table.text(row, 3, record.file());
        table.text(row, 4, record.dimension() == null ? null : record.dimension().name());
        table.number(row, 5, record.points(), styles.points());
        table.text(row, 6, record.reason());
        table.text(row, 7, record.cells() == null ? "" : String.join(", ", record.cells()));
    }

    private static void writeIssues(Assessment assessment, SheetTable table) {
        for (DataIssue issue : assessment.dataIssues()) {
            writeIssueRow(table, issue);
        }
        table.finish();
    }

    /** One row of the Data issues sheet; shared with {@link LargeSummaryWorkbook}. */
    static void writeIssueRow(SheetTable table, DataIssue issue) {
        Row row = table.newRow();
        table.text(row, 0, issue.kind() == null ? null : issue.kind().name());
        table.text(row, 1, issue.iso3());
        table.text(row, 2, issue.address());
        table.text(row, 3, issue.message());
    }

    /** Sheet Run, shared with {@link LargeSummaryWorkbook}: run id, start, input, rule files, versions, timings, counts, sources. */
    static void writeRun(RunMetadata run, SheetTable table, WorkbookStyles styles) {
        runRow(table, "Run", "Run id", run.runId());
        runRow(table, "Run", "Started (UTC)",
                run.startedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(run.startedAt()));
        runRow(table, "Run", "Input file", run.inputFile());
        runRow(table, "Run", "Input SHA-256", run.inputSha256());
        textRows(table, "Rule file SHA-256", run.ruleFiles());
        textRows(table, "Version", run.versions());
        numberRows(table, "Timing (ms)", run.timingsMillis(), styles);
        numberRows(table, "Count", run.counts(), styles);
        run.provenance().forEach(source -> runRow(table, "Source", source.code(), SourceLines.of(source)));
        table.finish();
    }

    private static void textRows(SheetTable table, String section, Map<String, String> values) {
        if (values != null) {
            values.forEach((item, value) -> runRow(table, section, item, value));
        }
    }

    private static void numberRows(SheetTable table, String section, Map<String, ? extends Number> values,
                                   WorkbookStyles styles) {
        if (values != null) {
            values.forEach((item, value) -> {
                Row row = table.newRow();
                table.text(row, 0, section);
                table.text(row, 1, item);
                table.number(row, 2, value == null ? null : value.doubleValue(), styles.integer());
            });
        }
    }

    private static void runRow(SheetTable table, String section, String item, String value) {
        Row row = table.newRow();
        table.text(row, 0, section);
        table.text(row, 1, item);
        table.text(row, 2, value);
    }
}
