package dev.riskengine.report;

import dev.riskengine.report.html.HtmlReport;
import dev.riskengine.report.markdown.SummaryMarkdown;
import dev.riskengine.report.xlsx.SummaryWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.model.Provenance;
import dev.riskengine.model.RunMetadata;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.writer.ReportWriter;

/** The provenance of the indicator columns reaches every report: a line per source, and scores.json by code. */
class SourceLinesTest {
    static final Provenance COLUMN_SOURCE = new Provenance("coastline_km", "CIA World Factbook", null, null, null);
    static final Provenance IMPORT = new Provenance("military_spending_usd_m", "milex.xlsx (SIPRI, years 1949-2024)",
            "milex.xlsx", "SIPRI, years 1949-2024", "2026-11-25T06:19:00Z");
    static final String IMPORT_LINE = "milex.xlsx (SIPRI, years 1949-2024), imported 2026-11-25T06:19:00Z";

    @TempDir Path folder;

    @Test
    void everyReportCarriesTheSources() throws Exception {
        RunMetadata bare = SahelFixture.run();
        RunMetadata run = new RunMetadata(bare.runId(), bare.startedAt(), bare.inputFile(), bare.inputSha256(),
                bare.ruleFiles(), bare.versions(), bare.timingsMillis(), bare.counts(), List.of(COLUMN_SOURCE, IMPORT));

        new ReportWriter().writeAll(SahelFixture.assessment(), run, folder);

        JsonNode provenance = ScoresJson.read(folder.resolve(ScoresJson.FILE_NAME)).path("provenance");
        assertThat(provenance.path("coastline_km").get(0).path("source").asText()).isEqualTo("CIA World Factbook");
        assertThat(provenance.path("coastline_km").get(0).has("file")).isFalse();
        JsonNode imported = provenance.path("military_spending_usd_m").get(0);
        assertThat(imported.path("file").asText()).isEqualTo("milex.xlsx");
        assertThat(imported.path("edition").asText()).isEqualTo("SIPRI, years 1949-2024");
        assertThat(imported.path("importedAt").asText()).isEqualTo("2026-11-25T06:19:00Z");

        assertThat(Files.readString(folder.resolve(SummaryMarkdown.FILE_NAME)))
                .contains("- `coastline_km`: CIA World Factbook\n")
                .contains("- `military_spending_usd_m`: " + IMPORT_LINE + "\n");
        assertThat(Files.readString(folder.resolve(HtmlReport.FILE_NAME)))
                .contains("<tr><th>Source of <code>military_spending_usd_m</code></th><td>" + IMPORT_LINE + "</td></tr>");
        assertThat(runSheetRows(folder.resolve(SummaryWorkbook.FILE_NAME)))
                .contains("Source | coastline_km | CIA World Factbook", "Source | military_spending_usd_m | " + IMPORT_LINE);
    }

    @Test
    void aWorkbookWithoutSourcesGivesAnEmptyProvenance() throws Exception {
        new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), folder);

        assertThat(ScoresJson.read(folder.resolve(ScoresJson.FILE_NAME)).path("provenance").isEmpty()).isTrue();
        assertThat(Files.readString(folder.resolve(SummaryMarkdown.FILE_NAME))).doesNotContain("Sources of the indicators");
    }

    private static List<String> runSheetRows(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            for (Row row : book.getSheet(SummaryWorkbook.RUN)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }
}
