package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.html.HistoryPage;
import dev.riskengine.report.json.HistoryJson;
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
        assertThat(index).contains("The newest run, " + newestId + ", assessed 2,500 units: too many to chart",
                "the 100 units it ranks highest", "href=\"" + newestId + "/scores.json\"");
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
    void eachRowHoldsTheUnitsScoreInEveryRunOrSaysItWasBelowTheTopHistoryJsonKept() {
        List<CountryAssessment> firstTop = first.assessment().countries().subList(0, CHARTED);
        int keptBefore = 0;
        for (CountryAssessment unit : newest.assessment().countries().subList(0, CHARTED)) {
            String row = index.substring(index.indexOf("<span class=\"iso\">" + unit.iso3() + "</span></td>"));
            row = row.substring(0, row.indexOf("</tr>"));
            var before = firstTop.stream().filter(c -> c.iso3().equals(unit.iso3())).findFirst();
            if (before.isPresent()) {
                keptBefore++;
                assertThat(captured(row, "\">([0-9.]+)</span></td>")).as(unit.iso3())
                        .containsExactly(score(before.get().score()), score(unit.score()));
            } else {
                assertThat(captured(row, "\">([0-9.]+)</span></td>")).as(unit.iso3()).containsExactly(score(unit.score()));
                assertThat(row).as(unit.iso3()).contains(">below top 100</span>");
            }
        }
        assertThat(keptBefore).as("units in both runs' top 100").isBetween(1, CHARTED - 1);
    }

    @Test
    void historyJsonKeepsEachRunsTopUnitsAndHowManyItAssessed() throws Exception {
        Path file = newest.folder().resolveSibling(HistoryJson.FILE_NAME);
        List<HistoryEntry> runs = HistoryJson.read(file);

        assertThat(runs).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RunResult result = i == 0 ? first : newest;
            assertThat(runs.get(i).units()).isEqualTo(UNITS);
            assertThat(runs.get(i).countries()).extracting(HistoryEntry.Score::iso3).containsExactlyElementsOf(
                    result.assessment().countries().subList(0, CHARTED).stream().map(CountryAssessment::iso3).toList());
        }
        assertThat(Files.size(file)).isLessThan(100_000);
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
