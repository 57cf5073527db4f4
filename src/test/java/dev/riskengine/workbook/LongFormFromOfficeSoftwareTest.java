package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.report.InstalledTool;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-form folder after an analyst opened its tables in a spreadsheet and saved them: what
 * office software writes is either read as the engine wrote it, or refused in one line that says
 * how to save it; never read into other numbers.
 */
class LongFormFromOfficeSoftwareTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");

    @TempDir Path temp;
    private Path folder;
    private IndicatorWorkbook exported;

    @BeforeEach
    void exportTheSample() throws Exception {
        exported = new WorkbookReader().read(SAMPLE);
        folder = temp.resolve("sample-long");
        new LongFormWriter().write(exported, folder);
    }

    @Test
    void tablesSavedAgainByLibreOfficeReadAsTheEngineWroteThem() throws Exception {
        Path soffice = InstalledTool.require("LibreOffice", "libreoffice-calc-nogui", "/usr/bin/soffice",
                "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice");
        Path saved = Files.createDirectories(temp.resolve("saved"));
        List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(), "--headless",
                "--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                "--outdir", saved.toString()));
        try (Stream<Path> tables = Files.list(folder)) {
            tables.map(Path::toString).sorted().forEach(command::add);
        }
        Process office = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished within 3 minutes").isTrue();
        // LibreOffice quotes every text and ends lines as it likes: proof that the file is its own, not a copy
        assertThat(Files.readString(saved.resolve("indicators.csv"))).startsWith("\"iso3\",\"year\",\"code\"");

        IndicatorWorkbook read = new WorkbookReader().read(saved);

        assertThat(values(read)).isEqualTo(values(exported));
        assertThat(read.countries()).hasSameSizeAs(exported.countries());
        assertThat(read.borders()).hasSameSizeAs(exported.borders());
        assertThat(read.dictionary()).isEqualTo(exported.dictionary());
    }

    @Test
    void tableSavedWithSemicolonsIsOneLineSayingHowToSaveIt() throws Exception {
        Path indicators = folder.resolve("indicators.csv");
        Files.writeString(indicators, Files.readString(indicators).replace(',', ';'));

        assertThat(messages()).containsExactly("sample-long: indicators.csv:1: found a table separated by semicolons, "
                + "as office software saves CSV where the comma is the decimal mark (save it with commas between values "
                + "and dots before decimals), expected a table of comma-separated values in UTF-8 (its header on the "
                + "first line) or, for the Spark job, Parquet");
    }

    @Test
    void tableSavedInAnAnsiEncodingIsRefusedAtTheLineOfItsFirstAccentedLetter() throws Exception {
        Path countries = folder.resolve("countries.csv");
        String text = Files.readString(countries);
        Files.write(countries, text.getBytes(Charset.forName("windows-1252")));
        long line = text.lines().takeWhile(l -> !l.contains("Côte d'Ivoire")).count() + 1;

        assertThat(messages()).singleElement().asString()
                .startsWith("sample-long: countries.csv:" + line + ": found text that is not UTF-8 (Excel's \"CSV (Comma delimited)\"")
                .contains("save it as \"CSV UTF-8\"");
    }

    @Test
    void byteOrderMarkWindowsLineEndsAndTrailingBlankLinesReadAsThePlainFile() throws Exception {
        for (String table : List.of("countries.csv", "indicators.csv", "borders.csv", "dictionary.csv")) {
            Path file = folder.resolve(table);
            String windows = "\uFEFF" + Files.readString(file).replace("\n", "\r\n") + "\r\n\r\n";
            Files.writeString(file, windows, StandardCharsets.UTF_8);
        }

        IndicatorWorkbook read = new WorkbookReader().read(folder);

        assertThat(values(read)).isEqualTo(values(exported));
        assertThat(read.countries()).hasSameSizeAs(exported.countries());
        assertThat(read.borders()).hasSameSizeAs(exported.borders());
    }

    @Test
    void quotedNameOverTwoLinesKeepsTheLineNumbersOfTheRowsAfterIt() throws Exception {
        Path countries = folder.resolve("countries.csv");
        List<String> lines = Files.readAllLines(countries);
        lines.set(1, lines.get(1).replace("DZA,Algeria,", "DZA,\"Alg\neria\","));
        lines.set(3, lines.get(3).replaceFirst(",\\d+,$", ",abc,"));
        Files.write(countries, lines);

        assertThat(messages()).singleElement().asString()
                .startsWith("sample-long: countries.csv:5 (column population): found \"abc\"");
    }

    private List<String> messages() {
        InvalidWorkbookException invalid = (InvalidWorkbookException) catchThrowable(() -> new WorkbookReader().read(folder));
        assertThat(invalid).as("the folder is refused").isNotNull();
        return invalid.problems().stream().map(WorkbookProblem::message).toList();
    }

    private static Set<String> values(IndicatorWorkbook workbook) {
        return workbook.indicators().stream().map(LongFormFromOfficeSoftwareTest::value).collect(Collectors.toSet());
    }

    private static String value(Indicator i) {
        return i.getIso3() + " " + i.getYear() + " " + i.getCode() + " " + i.getValue() + " " + i.getLow() + " " + i.getHigh();
    }
}
