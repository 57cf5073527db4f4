package dev.riskengine.report.xlsx;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.Listing;
import dev.riskengine.report.SourceLines;
import dev.riskengine.report.UnitNoun;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * summary.xlsx, the analyst's view: the ranking with band colours on sheet "Summary", every rule
 * firing with its source cells on "Contributions" (each country on Summary links to its first
 * firing there), the units on a "Map", the "Data issues", and the "Run" that produced it all.
 * Every sheet prints landscape, one page wide, its header row repeated on each page.
 *
 * <p>For a large run ({@link Listing#streamed()}) the workbook is written with POI's streaming
 * writer (SXSSF): only a window of rows is in memory, so 100,000 units and their firings write in
 * bounded memory. The same sheets, each unit named with its region, without the per-unit
 * hyperlinks, chart and trend; a sheet that would pass Excel's row limit ends with a row saying
 * where the rest is (scores.json).
 */
public final class SummaryWorkbook {

    public static final String FILE_NAME = "summary.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String TREND = "Trend";
    public static final String CONTRIBUTIONS = "Contributions";
    public static final String DATA_ISSUES = "Data issues";
    public static final String RUN = "Run";

    private static final int ROWS_IN_MEMORY = 500;
    /** Excel's last row is 1,048,576; one is kept for the header and one for the note. */
    static final int MAX_DATA_ROWS = 1_048_574;

    // Reliability beside the score, as INFORM shows it; "No score because" names what a unit with
    // insufficient data lacks (empty for a scored unit).
    private static final List<String> SUMMARY_HEADERS = List.of("Rank", "ISO3", "Country", "Band", "Score",
            "Reliability", "Score low", "Score high", "Threat", "Exposure", "Vulnerability", "Completeness",
            "Missing indicators", "No score because");
    // A large run's units are sub-national: named, with the region they belong to.
    private static final List<String> UNIT_HEADERS = List.of("Rank", "ISO3", "Name", "Region", "Band", "Score",
            "Reliability", "Score low", "Score high", "Threat", "Exposure", "Vulnerability", "Completeness",
            "Missing indicators", "No score because");
    private static final int SCORE_COLUMN = 4;
    // Wide enough for a long code and the indent; longer lists wrap, so the sheet still prints one page wide legibly.
    private static final int MISSING_WIDTH = 34;
    private static final int CHANGE_COLUMN = 8;
    // The widest a column of long texts grows before its texts wrap (characters), so that each sheet
    // prints one landscape page wide at a readable size.
    private static final int NAME_WIDTH = 24;
    private static final int RULE_WIDTH = 32;
    private static final int REASON_WIDTH = 48;
    private static final int CELLS_WIDTH = 28;
    private static final int MESSAGE_WIDTH = 90;
    private static final List<String> CONTRIBUTION_HEADERS = List.of("ISO3", "Country", "Rule", "File",
            "Dimension", "Points", "Reason", "Cells");
    private static final List<String> UNIT_CONTRIBUTION_HEADERS = List.of("ISO3", "Name", "Rule", "File",
            "Dimension", "Points", "Reason", "Cells");
    private static final List<String> ISSUE_HEADERS = List.of("Kind", "ISO3", "Address", "Message");
    private static final List<String> RUN_HEADERS = List.of("Section", "Item", "Value");
    private static final int COUNTRY_COLUMN = 2;

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With sheet "Changes": what changed since the run compared with ({@link ComparisonSheet}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        write(assessment, run, comparison, file, Listing.of(assessment));
    }

    /** As above, listing as the run's {@link Listing} says (a test caps sheet Contributions through it). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file, Listing listing)
            throws IOException {
        // Stamp the file with the run's start rather than the clock, so the same run written
        // twice gives the same bytes (and the same SHA-256 in the manifest).
        Instant stamp = run.startedAt() == null ? Instant.EPOCH : run.startedAt();
        if (listing.streamed()) {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
            try {
                fill(workbook, workbook.getXSSFWorkbook(), assessment, run, comparison, listing, stamp);
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            } finally {
                workbook.close(); // removes the streaming writer's temporary files
            }
            return;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, workbook, assessment, run, comparison, listing, stamp);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            try (OutputStream out = Files.newOutputStream(file)) {
                ReproducibleZip.copy(bytes.toByteArray(), stamp, out);
            }
        }
    }

    /** Every sheet, in tab order; {@code parts} is the workbook itself or the one a streaming writer wraps. */
    private static void fill(Workbook workbook, XSSFWorkbook parts, Assessment assessment, RunMetadata run,
                             RunComparison comparison, Listing listing, Instant stamp) {
        WorkbookStyles styles = new WorkbookStyles(parts);
        // Sheets are created in tab order.
        Sheet summary = workbook.createSheet(SUMMARY);
        SheetTable contributions = new SheetTable(workbook.createSheet(CONTRIBUTIONS), styles, 0,
                listing.streamed() || UnitNoun.of(assessment) == UnitNoun.UNIT ? UNIT_CONTRIBUTION_HEADERS : CONTRIBUTION_HEADERS);
        if (listing.streamed()) {
            // No links to point at firings: the sheets are filled in tab order.
            writeSummary(assessment, new SheetTable(summary, styles, 0, UNIT_HEADERS), styles, contributions, List.of(),
                    listing);
            writeContributions(assessment, contributions, styles, listing);
        } else {
            // Contributions is filled first so that Summary knows the row each country's hyperlink points to.
            List<Integer> firstContributionRows = writeContributions(assessment, contributions, styles, listing);
            SheetTable table = new SheetTable(summary, styles, 1, summaryHeaders(assessment));
            writeTitle(assessment, run, summary, styles);
            writeSummary(assessment, table, styles, contributions, firstContributionRows, listing);
            if (assessment.otherYears().size() > 0) {
                TrendSheet.write(assessment, new SheetTable(workbook.createSheet(TREND), styles, 0,
                        TrendSheet.headers(assessment)), styles);
                workbook.setSheetOrder(TREND, 1);
            }
            // After the Summary (and Trend): the map is read with the ranking, before the firings.
            MapSheet.write(workbook, styles, assessment.countries(), workbook.getSheetIndex(TREND) < 0 ? 1 : 2);
        }
        writeIssues(assessment, new SheetTable(workbook.createSheet(DATA_ISSUES), styles, 0, ISSUE_HEADERS));
        writeRun(run, new SheetTable(workbook.createSheet(RUN), styles, 0, RUN_HEADERS), styles);
        UncertaintySheet.write(workbook, styles, assessment);
        ComparisonSheet.write(workbook, styles, comparison, UnitNoun.of(assessment), MAX_DATA_ROWS - 1_000);
        workbook.setActiveSheet(0);
        parts.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(stamp)));
        parts.getProperties().getCoreProperties().setCreator("Country Risk Engine");
    }

    // The run id is the start time to the millisecond; sheet Run has the exact instant. The title
    // is not part of the table, so it does not widen column A; it runs over the empty cells to its right.
    private static void writeTitle(Assessment assessment, RunMetadata run, Sheet summary, WorkbookStyles styles) {
        Cell title = summary.createRow(0).createCell(0);
        title.setCellValue(UnitNoun.of(assessment).reportTitle() + " " + assessment.year() + " — run " + run.runId() + " — input " + run.inputFile());
        title.setCellStyle(styles.title());
    }

    /**
     * One row per unit. A small run's rows link to their first firing, show the change since the
     * earlier year assessed and wrap long lists under a chart; a large (streamed) run's rows name
     * each unit's region instead.
     */
    private static void writeSummary(Assessment assessment, SheetTable table, WorkbookStyles styles,
                                     SheetTable contributions, List<Integer> firstContributionRows, Listing listing) {
        boolean full = !listing.streamed();
        table.wrapColumn(COUNTRY_COLUMN, NAME_WIDTH);
        if (full) {
            // the last two columns: Missing indicators, No score because
            table.wrapColumn(table.columns() - 2, MISSING_WIDTH);
            table.wrapColumn(table.columns() - 1, MISSING_WIDTH);
        }
        List<CountryAssessment> countries = assessment.countries();
        for (int i = 0; i < countries.size(); i++) {
            CountryAssessment country = countries.get(i);
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, ShownRank.number(country), styles.integer());
            table.text(row, col++, country.iso3());
            Integer linkRow = full && i < firstContributionRows.size() ? firstContributionRows.get(i) : null;
            Cell name = table.text(row, col++, CountryName.of(country), linkRow == null ? styles.text() : styles.link());
            if (linkRow != null) {
                Hyperlink link = table.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(contributions.address(linkRow));
                name.setHyperlink(link);
            }
            if (!full) {
                table.text(row, col++, country.country().getRegion());
            }
            table.text(row, col++, country.band(), styles.band(country.bandLevel()));
            table.number(row, col++, country.score(), styles.score());
            table.number(row, col++, country.reliability(), styles.score());
            table.number(row, col++, country.scoreLow(), styles.score());
            table.number(row, col++, country.scoreHigh(), styles.score());
            if (full && assessment.previousYear().isPresent()) {
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
            String why = String.join("; ", country.insufficientReasons());
            table.text(row, col, missing);
            table.text(row, col + 1, why);
        }
        table.finish();
        if (full) {
            SummaryChart.draw((XSSFSheet) table.sheet(), countries, assessment.year(), 2, COUNTRY_COLUMN, SCORE_COLUMN,
                    CHANGE_COLUMN + 2);
        }
    }

    /** The Summary's columns: with an earlier year assessed, the change since it and its band follow the range. */
    private static List<String> summaryHeaders(Assessment assessment) {
        List<String> headers = new ArrayList<>(SUMMARY_HEADERS);
        headers.set(SUMMARY_HEADERS.indexOf("Country"), UnitNoun.of(assessment).heading());
        assessment.previousYear().ifPresent(previous -> {
            headers.add(CHANGE_COLUMN, "Change since " + previous.year());
            headers.add(CHANGE_COLUMN + 1, "Band " + previous.year());
        });
        return headers;
    }

    /**
     * Writes every unit's firings while they fit in the sheet ({@link Listing#contributionRows()});
     * beyond, the firings of the highest-ranked units (whole units only) and a last row saying
     * where the rest are: a sheet of a million rows opens slowly or not at all, and took most of
     * the time of writing.
     *
     * @return per unit written (by index) the Excel row of its first firing, or null
     */
    private static List<Integer> writeContributions(Assessment assessment, SheetTable table, WorkbookStyles styles,
                                                    Listing listing) {
        table.wrapColumn(1, NAME_WIDTH);
        table.wrapColumn(2, RULE_WIDTH);
        table.wrapColumn(6, REASON_WIDTH);
        table.wrapColumn(7, CELLS_WIDTH);
        List<Integer> firstRows = new ArrayList<>();
        int rows = 0;
        for (CountryAssessment country : assessment.countries()) {
            List<ContributionRecord> records = country.contributions() == null ? List.of() : country.contributions();
            if (rows + records.size() > listing.contributionRows()) {
                note(table, String.format(Locale.ROOT, "These are the firings of the %,d highest-ranked units of %,d: "
                        + "the firings of every unit are in scores.json.", firstRows.size(), assessment.countries().size()));
                break;
            }
            firstRows.add(records.isEmpty() ? null : table.nextExcelRow());
            for (ContributionRecord record : records) {
                writeContributionRow(table, country, record, styles);
            }
            rows += records.size();
        }
        table.finish();
        return firstRows;
    }

    private static void writeContributionRow(SheetTable table, CountryAssessment country, ContributionRecord record,
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
        table.wrapColumn(3, MESSAGE_WIDTH);
        int rows = 0;
        for (DataIssue issue : assessment.dataIssues()) {
            if (rows++ == MAX_DATA_ROWS) {
                note(table, String.format(Locale.ROOT, "%,d more data issues than a sheet holds: see scores.json",
                        assessment.dataIssues().size() - MAX_DATA_ROWS));
                break;
            }
            writeIssueRow(table, issue);
        }
        table.finish();
    }

    private static void writeIssueRow(SheetTable table, DataIssue issue) {
        Row row = table.newRow();
        table.text(row, 0, issue.kind() == null ? null : issue.kind().name());
        table.text(row, 1, issue.iso3());
        table.text(row, 2, issue.address());
        table.text(row, 3, issue.message());
    }

    /** Sheet Run: run id, start, input, rule files, versions, timings, counts, sources. */
    private static void writeRun(RunMetadata run, SheetTable table, WorkbookStyles styles) {
        table.wrapColumn(2, MESSAGE_WIDTH);
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

    private static void note(SheetTable table, String text) {
        table.text(table.newRow(), 0, text);
    }
}
