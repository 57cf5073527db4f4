package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.HistoryJson;
import dev.riskengine.report.HistoryPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** reports/index.html after two real runs of 2,500 generated grid units: bounded, and the newest run's top units. */
class LargeHistoryTest {
    private static final int UNITS = 2_500;
    private static final int CHARTED = 100;

    @TempDir
    static Path folder;
    static RunResult first;
    static RunResult newest;
    static String index;

    @BeforeAll
    static void twoRunsOfDifferentWorkbooks() throws Exception {
        // two seeds: the same units, ranked differently
        Path reports = folder.resolve("reports");
        first = runOn(generated(1), reports);
        newest = runOn(generated(2), reports);
        index = Files.readString(reports.resolve(HistoryPage.FILE_NAME));
    }

    @Test
    void thePageStaysSmallAndSaysWhereEveryScoreIs() {
        String newestId = newest.folder().getFileName().toString();
        assertThat(index.length()).isLessThan(400_000);
        assertThat(index).contains("2,500 units across the complete runs (the newest, " + newestId + ", assessed 2,500)",
                "the 100 units the newest run ranks highest", "href=\"" + newestId + "/scores.json\"");
    }

    @Test
    void theChartsAndTheTableListExactlyTheNewestRunsTopUnitsInItsOrder() {
        List<String> top = newest.assessment().countries().subList(0, CHARTED).stream().map(CountryAssessment::iso3).toList();
        assertThat(captured("<span class=\"iso\">([^<]+)</span></figcaption>")).containsExactlyElementsOf(top);
        assertThat(captured("<tr><td>[^<]*<span class=\"iso\">([^<]+)</span></td>")).containsExactlyElementsOf(top);
        assertThat(top).isNotEqualTo(first.assessment().countries().subList(0, CHARTED).stream()
                .map(CountryAssessment::iso3).toList()); // else the order proves nothing
    }

    @Test
    void eachRowHoldsTheUnitsScoreInEveryRun() {
        for (CountryAssessment unit : newest.assessment().countries().subList(0, CHARTED)) {
            CountryAssessment before = first.assessment().countries().stream()
                    .filter(c -> c.iso3().equals(unit.iso3())).findFirst().orElseThrow();
            String row = index.substring(index.indexOf("<span class=\"iso\">" + unit.iso3() + "</span></td>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(captured(row, "\">([0-9.]+)</span></td>")).as(unit.iso3())
                    .containsExactly(score(before.score()), score(unit.score()));
        }
    }

    @Test
    void historyJsonHasBothRuns() throws Exception {
        assertThat(HistoryJson.read(newest.folder().resolveSibling(HistoryJson.FILE_NAME))).hasSize(2);
    }

    private static Path generated(long seed) throws Exception {
        Path file = folder.resolve("grid-" + seed + ".xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(UNITS, 1, 2024, seed, 0.2, 0.05, file));
        return file;
    }

    private static RunResult runOn(Path workbook, Path reports) throws Exception {
        return new AssessmentRun().execute(new RunRequest(workbook, ChildRun.RULES, reports, null));
    }

    private static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    private static List<String> captured(String regex) {
        return captured(index, regex);
    }

    private static List<String> captured(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
