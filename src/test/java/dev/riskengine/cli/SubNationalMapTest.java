package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.store.PublishedRuns;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sub-national units with a Geometry column are drawn on the map of every report (they used to be
 * listed under it); a region without one is still listed, never dropped.
 */
class SubNationalMapTest extends CommandTest {
    private static final String KIDAL = "MULTIPOLYGON(((0 17, 4.2 17, 4.2 21, 0 21, 0 17)))";

    @TempDir Path temp;

    @Test
    void subNationalUnitsWithAGeometryColumnAreDrawnInReportHtmlSummaryXlsxAndScoresGeojson() throws Exception {
        // given: the sample with two Malian regions scored on Mali's figures, Kidal with an outline, Kayes without
        Path input = withRegions(temp.resolve("regions.xlsx"));
        Path reports = temp.resolve("reports");

        // when
        int code = risk("assess", "--input", input.toString(), "--rules", "rules", "--reports", reports.toString());

        // then
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path run = PublishedRuns.list(reports).get(0);
        String html = Files.readString(run.resolve("report.html"));
        assertThat(html).containsPattern("<path [^>]*d=\"M[^\"]+\"><title>Kidal \\(MLI-08\\): ");
        assertThat(html).contains("<span class=\"not-drawn\" data-unit=\"MLI-01\"")
                .doesNotContain("<span class=\"not-drawn\" data-unit=\"MLI-08\"");

        JsonNode features = new ObjectMapper().readTree(run.resolve("scores.geojson").toFile()).get("features");
        JsonNode kidal = feature(features, "MLI-08");
        assertThat(kidal.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
        assertThat(kidal.at("/geometry/coordinates/0/0").toString()).contains("[4.2,21.0]").startsWith("[[0.0,17.0]");
        assertThat(feature(features, "MLI-01").get("geometry").isNull()).isTrue();

        try (Workbook summary = WorkbookFactory.create(run.resolve("summary.xlsx").toFile())) {
            List<String> mapTexts = texts(summary.getSheet("Map"));
            assertThat(mapTexts).anySatisfy(text -> assertThat(text).startsWith("Not drawn (no shape): MLI-01"));
            assertThat(mapTexts).noneSatisfy(text -> assertThat(text).contains("MLI-08"));
            assertThat(summary.getAllPictures()).isNotEmpty();
        }
    }

    /** The sample workbook with MLI-08 (Kidal, with a Geometry) and MLI-01 (Kayes, without), each with Mali's indicator rows. */
    private static Path withRegions(Path target) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("inputs/indicators.xlsx"));
             Workbook workbook = WorkbookFactory.create(in)) {
            Sheet countries = workbook.getSheet("Countries");
            Row header = countries.getRow(0);
            int geometry = header.getLastCellNum();
            header.createCell(geometry).setCellValue("Geometry");
            appendRegion(countries, "MLI-08", "Kidal", geometry, KIDAL);
            appendRegion(countries, "MLI-01", "Kayes", geometry, null);
            Sheet indicators = workbook.getSheet("Indicators");
            int last = indicators.getLastRowNum();
            for (int r = 1; r <= last; r++) {
                Row row = indicators.getRow(r);
                if (row != null && "MLI".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    copyAs(indicators, row, "MLI-08");
                    copyAs(indicators, row, "MLI-01");
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    private static void appendRegion(Sheet countries, String code, String name, int geometryColumn, String wkt) {
        Row mali = null;
        for (Row row : countries) {
            if ("MLI".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                mali = row;
            }
        }
        Row row = countries.createRow(countries.getLastRowNum() + 1);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(new DataFormatter().formatCellValue(mali.getCell(2)));
        if (wkt != null) {
            row.createCell(geometryColumn).setCellValue(wkt);
        }
    }

    private static void copyAs(Sheet sheet, Row source, String code) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (Cell cell : source) {
            Cell copy = row.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
                case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                case STRING -> copy.setCellValue(cell.getStringCellValue());
                case FORMULA -> copy.setCellFormula(cell.getCellFormula());
                case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
                default -> { }
            }
            copy.setCellStyle(cell.getCellStyle());
        }
        row.getCell(0).setCellValue(code);
    }

    private static JsonNode feature(JsonNode features, String code) {
        for (JsonNode feature : features) {
            if (feature.get("id").asText().equals(code)) {
                return feature;
            }
        }
        throw new AssertionError(code + " is not in scores.geojson");
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(new DataFormatter().formatCellValue(cell));
            }
        }
        return texts;
    }
}
