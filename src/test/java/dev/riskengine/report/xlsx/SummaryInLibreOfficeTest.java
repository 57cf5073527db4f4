package dev.riskengine.report.xlsx;

import dev.riskengine.report.HostileRun;
import dev.riskengine.report.InstalledTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens summary.xlsx of a real run in LibreOffice (headless), exports its Summary and Trend
 * sheets to CSV and checks every number against scores.json: what an analyst sees in an office
 * program is what the engine computed. Needs the Debian package libreoffice-calc-nogui.
 */
class SummaryInLibreOfficeTest {

    @TempDir
    static Path folder;
    private static Path run;
    private static JsonNode scores;
    private static Path printed;

    @BeforeAll
    static void assess() throws Exception {
        run = HostileRun.in(folder);
        scores = HostileRun.scores(run);
    }

    @Test
    void summarySheetShowsEveryScoreOfScoresJson() throws Exception {
        // when
        List<List<String>> rows = sheetAsCsv(1);

        // then: title, header, then one row per country in ranking order
        List<String> header = rows.get(1);
        assertThat(header.subList(0, 8)).containsExactly("Rank", "ISO3", "Country", "Band", "Score", "Reliability",
                "Score low", "Score high");
        JsonNode countries = scores.get("countries");
        assertThat(rows).hasSize(2 + countries.size());
        for (int i = 0; i < countries.size(); i++) {
            JsonNode country = countries.get(i);
            List<String> row = rows.get(2 + i);
            String iso3 = country.get("iso3").asText();
            assertThat(row.get(0)).as(iso3 + " rank").isEqualTo(country.get("rank").asText());
            assertThat(row.get(1)).isEqualTo(iso3);
            assertThat(row.get(3)).as(iso3 + " band").isEqualTo(country.get("band").asText());
            assertThat(row.get(4)).as(iso3 + " score").isEqualTo(HostileRun.oneDecimal(country.get("score")));
            assertThat(row.get(5)).as(iso3 + " reliability").isEqualTo(HostileRun.oneDecimal(country.get("reliability")));
            assertThat(row.get(6)).as(iso3 + " low").isEqualTo(HostileRun.oneDecimal(country.get("scoreLow")));
            assertThat(row.get(7)).as(iso3 + " high").isEqualTo(HostileRun.oneDecimal(country.get("scoreHigh")));
            for (String dimension : List.of("Threat", "Exposure", "Vulnerability")) {
                assertThat(row.get(header.indexOf(dimension))).as(iso3 + " " + dimension)
                        .isEqualTo(HostileRun.oneDecimal(country.at("/dimensions/" + dimension.toUpperCase())));
            }
        }
    }

    @Test
    void aNameStartingWithEqualsStaysTextInTheOfficeProgram() throws Exception {
        List<List<String>> rows = sheetAsCsv(1);

        // A formula "=1+2 Tunisia" would not even parse; written as text it shows as typed.
        assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(HostileRun.FORMULA_NAME));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(HostileRun.SCRIPT_NAME));
    }

    @Test
    void trendSheetShowsEveryYearOfScoresJson() throws Exception {
        // when
        List<List<String>> rows = sheetAsCsv(2);

        // then
        Map<String, String> expected = new HashMap<>();
        List<String> years = new ArrayList<>();
        scores.get("years").forEach(year -> years.add(year.asText()));
        scores.get("countries").forEach(c -> expected.put(c.get("iso3").asText() + " " + scores.get("year").asText(),
                HostileRun.oneDecimal(c.get("score"))));
        scores.get("otherYears").forEach(year -> year.get("countries").forEach(c -> expected.put(
                c.get("iso3").asText() + " " + year.get("year").asText(), HostileRun.oneDecimal(c.get("score")))));
        List<String> header = rows.get(0);
        assertThat(header).containsSequence(years);
        assertThat(years).hasSizeGreaterThan(1);
        int checked = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String year : years) {
                assertThat(row.get(header.indexOf(year))).as(row.get(1) + " " + year)
                        .isEqualTo(expected.get(row.get(1) + " " + year));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(expected.size());
    }

    @Test
    void summaryPrintedToPdfHasLandscapePagesWithEveryColumnOfTheTableOnTheFirst() throws Exception {
        Path pdf = pdf();
        Path pdfinfo = InstalledTool.require("pdfinfo", "poppler-utils", "/usr/bin/pdfinfo");
        Path pdftotext = InstalledTool.require("pdftotext", "poppler-utils", "/usr/bin/pdftotext");

        String info = output(pdfinfo.toString(), pdf.toString());
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+)").matcher(info);
        assertThat(size.find()).as(info).isTrue();
        assertThat(Double.parseDouble(size.group(1))).as("landscape").isGreaterThan(Double.parseDouble(size.group(2)));
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).isTrue();
        // one page per sheet or two for the sample's few rows: not a page per column band
        assertThat(Integer.parseInt(pages.group(1))).isBetween(6, 14);
        String first = output(pdftotext.toString(), "-f", "1", "-l", "1", "-layout", pdf.toString(), "-");
        // fitted to the page width: the first and the last column of the Summary on the same page
        assertThat(first).contains("Rank").contains("Missing").contains("because").contains(HostileRun.FORMULA_NAME);
        String all = output(pdftotext.toString(), "-layout", pdf.toString(), "-");
        assertThat(all).contains("Natural Earth");
    }

    @Test
    void everySheetPrintsAtThreeQuartersOfItsSizeOrLarger() throws Exception {
        // Calibri's metrics, as Excel and a desktop LibreOffice have them; without it LibreOffice
        // falls back to a wider font and every sheet prints smaller than an analyst's would.
        InstalledTool.requireFile("The Carlito font", "fonts-crosextra-carlito",
                "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf");
        Path pdftotext = InstalledTool.require("pdftotext", "poppler-utils", "/usr/bin/pdftotext");

        String boxes = output(pdftotext.toString(), "-bbox", pdf().toString(), "-");

        // The height of a word's box follows the printed size of its type. A sheet fitted to the page
        // width shrinks its type; the sheets narrow enough to print unshrunk give the full height.
        List<Double> medians = medianWordHeightPerPage(boxes);
        double full = medians.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (int page = 0; page < medians.size(); page++) {
            assertThat(medians.get(page) / full).as("page %d against the full size %.2f", page + 1, full)
                    .isGreaterThanOrEqualTo(0.72);
        }
    }

    /** Per page with a table's worth of words (title-only pages left out), the median height of a word's box. */
    private static List<Double> medianWordHeightPerPage(String bboxHtml) {
        List<Double> medians = new ArrayList<>();
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\"");
        for (String page : bboxHtml.split("<page ")) {
            List<Double> heights = new ArrayList<>();
            java.util.regex.Matcher m = word.matcher(page);
            while (m.find()) {
                heights.add(Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)));
            }
            if (heights.size() >= 20) {
                Collections.sort(heights);
                medians.add(heights.get(heights.size() / 2));
            }
        }
        assertThat(medians).as("pages with a table").hasSizeGreaterThanOrEqualTo(4);
        return medians;
    }

    /** summary.xlsx printed to PDF by LibreOffice, once for the tests that read the print. */
    private static Path pdf() throws IOException, InterruptedException {
        if (printed == null) {
            printed = print();
        }
        return printed;
    }

    private static Path print() throws IOException, InterruptedException {
        Path soffice = InstalledTool.require("LibreOffice", "libreoffice-calc-nogui", "/usr/bin/soffice",
                "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice");
        Path out = Files.createDirectories(folder.resolve("pdf"));
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(),
                run.resolve(SummaryWorkbook.FILE_NAME).toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice-pdf.log").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish printing within 3 minutes");
        }
        Path pdf = out.resolve("summary.pdf");
        assertThat(pdf).as(Files.readString(folder.resolve("soffice-pdf.log"))).exists();
        return pdf;
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return text;
    }

    /** One sheet (1-based) of summary.xlsx as LibreOffice exports it to CSV, cells as shown. */
    private static List<List<String>> sheetAsCsv(int sheet) throws IOException, InterruptedException {
        Path soffice = InstalledTool.require("LibreOffice", "libreoffice-calc-nogui", "/usr/bin/soffice",
                "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice");
        Path out = Files.createDirectories(folder.resolve("csv-" + sheet));
        Path profile = folder.resolve("lo-profile");
        // CSV filter options: comma, double quote, UTF-8, from line 1, ..., cells as shown (formatted), the sheet.
        String filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false," + sheet;
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", filter, "--outdir", out.toString(),
                run.resolve(SummaryWorkbook.FILE_NAME).toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice-" + sheet + ".log").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 3 minutes");
        }
        String log = Files.readString(folder.resolve("soffice-" + sheet + ".log"));
        Path csv;
        try (var files = Files.list(out)) {
            csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("LibreOffice wrote no CSV (exit " + process.exitValue() + "): " + log));
        }
        return parse(Files.readString(csv, StandardCharsets.UTF_8));
    }

    /** CSV as LibreOffice writes it: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }
}
