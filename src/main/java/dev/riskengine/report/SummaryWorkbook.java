package dev.riskengine.report;

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
    public static final String CONTRIBUTIONS = "Contributions";
    public static final String DATA_ISSUES = "Data issues";
    public static final String RUN = "Run";

    private static final List<String> SUMMARY_HEADERS = List.of("Rank", "ISO3", "Country", "Band", "Score",
            "Score low", "Score high", "Threat", "Exposure", "Vulnerability", "Completeness", "Missing indicators");
    private static final List<String> CONTRIBUTION_HEADERS = List.of("ISO3", "Country", "Rule", "File",
            "Dimension", "Points", "Reason", "Cells");
    private static final List<String> ISSUE_HEADERS = List.of("Kind", "ISO3", "Address", "Message");
    private static final List<String> RUN_HEADERS = List.of("Section", "Item", "Value");
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
            writeSummary(assessment, run, new SheetTable(summary, styles, 1, SUMMARY_HEADERS), styles,
                    contributions, firstContributionRows);
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
        String started = run.startedAt() == null ? "" : " started " + DateTimeFormatter.ISO_INSTANT.format(run.startedAt());
        Cell title = titleRow.createCell(0);
        title.setCellValue("Country risk " + assessment.year() + " — run " + run.runId() + started
                + " — input " + run.inputFile());
        title.setCellStyle(styles.title());

        List<CountryAssessment> countries = assessment.countries();
        for (int i = 0; i < countries.size(); i++) {
            CountryAssessment country = countries.get(i);
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, (double) country.rank(), styles.integer());
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
            table.number(row, col++, country.scoreLow(), styles.score());
            table.number(row, col++, country.scoreHigh(), styles.score());
            for (Dimension dimension : Dimension.values()) {
                table.number(row, col++, country.dimensions() == null ? null : country.dimensions().get(dimension),
                        styles.score());
            }
            table.number(row, col++, country.completeness(), styles.percent());
            table.text(row, col, country.missingIndicators() == null ? "" : String.join(", ", country.missingIndicators()));
        }
        // The title is not part of the table, so it does not widen column A; it runs over the
        // empty cells to its right.
        table.finish();
    }

    /** Writes every firing; returns per country (by index) the Excel row of its first one, or null. */
    private static List<Integer> writeContributions(Assessment assessment, SheetTable table, WorkbookStyles styles) {
        List<Integer> firstRows = new ArrayList<>();
        for (CountryAssessment country : assessment.countries()) {
            List<ContributionRecord> records = country.contributions() == null ? List.of() : country.contributions();
            firstRows.add(records.isEmpty() ? null : table.nextExcelRow());
            for (ContributionRecord record : records) {
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
        }
        table.finish();
        return firstRows;
    }

    private static void writeIssues(Assessment assessment, SheetTable table) {
        for (DataIssue issue : assessment.dataIssues()) {
            Row row = table.newRow();
            table.text(row, 0, issue.kind() == null ? null : issue.kind().name());
            table.text(row, 1, issue.iso3());
            table.text(row, 2, issue.address());
            table.text(row, 3, issue.message());
        }
        table.finish();
    }

    private static void writeRun(RunMetadata run, SheetTable table, WorkbookStyles styles) {
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
