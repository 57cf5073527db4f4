package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.HistoryEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryPageTest {

    private static final String SCRIPT_NAME = "Niger<script>alert(1)</script>";

    @Test
    void everyInputDerivedValueIsEscaped() {
        // given
        List<HistoryEntry> runs = List.of(
                complete("2026-11-18T06-00-00.000Z", "2026-11-18T06:00:00Z", new HistoryEntry.Score("NER", SCRIPT_NAME, 4.2, "Medium", 3)),
                new HistoryEntry(null, Instant.parse("2026-11-19T06:00:00Z"), "invalid input",
                        "in<put>.xlsx: Indicators!C2: found \"<img src=x onerror=alert(2)>\"", false, null,
                        "in<put>.xlsx", null, null, Map.of(), 0, 0, 0, List.of()));

        // when
        String html = new HistoryPage().render(runs);

        // then
        assertThat(html).doesNotContain("<script", "<img", "<put>")
                .contains("Niger&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void aRunThatDidNotAssessACountryBreaksItsLineAndTheTableShowsADash() {
        // given: Mali in runs 1, 2 and 4, not in run 3
        HistoryEntry.Score mali1 = new HistoryEntry.Score("MLI", "Mali", 4.0, "Medium", 3);
        HistoryEntry.Score mali2 = new HistoryEntry.Score("MLI", "Mali", 5.1, "High", 4);
        HistoryEntry.Score chad = new HistoryEntry.Score("TCD", "Chad", 3.0, "Low", 2);
        List<HistoryEntry> runs = List.of(
                complete("2026-11-01T06-00-00.000Z", "2026-11-01T06:00:00Z", mali1, chad),
                complete("2026-11-08T06-00-00.000Z", "2026-11-08T06:00:00Z", mali2, chad),
                complete("2026-11-15T06-00-00.000Z", "2026-11-15T06:00:00Z", chad),
                complete("2026-11-22T06-00-00.000Z", "2026-11-22T06:00:00Z", mali2, chad));

        // when
        String mali = ScoreHistoryChart.svg("MLI", new ScoresByRun(runs));
        String html = new HistoryPage().render(runs);

        // then: one line for runs 1-2, a lone point for run 4, four points in all... three for Mali
        assertThat(mali).containsOnlyOnce("<polyline");
        assertThat(mali.split("<circle", -1)).hasSize(4);
        assertThat(mali).contains(BandColour.forLevel(4).fill(), BandColour.forLevel(3).fill());
        assertThat(mali).contains("<title>2026-11-08T06-00-00.000Z (2016): 5.1 High</title>");
        assertThat(html).contains("4 runs: 4 complete, 0 failed.");
        assertThat(html.indexOf("Mali")).isLessThan(html.indexOf("Chad")); // newest ranking order
        assertThat(html).contains("<td class=\"num\">" + NumberText.NONE + "</td>");
    }

    @Test
    void aHistoryOfAsManyUnitsAsAReaderCanUseChartsEveryUnit() {
        // given: two runs of exactly the large-run threshold
        List<HistoryEntry> runs = List.of(
                complete("2026-11-01T06-00-00.000Z", "2026-11-01T06:00:00Z", units(Listing.LARGE_ABOVE, 0)),
                complete("2026-11-08T06-00-00.000Z", "2026-11-08T06:00:00Z", units(Listing.LARGE_ABOVE, 7)));

        // when
        String html = new HistoryPage().render(runs);

        // then
        assertThat(html.split("<figure>", -1)).hasSize(Listing.LARGE_ABOVE + 1);
        assertThat(html).doesNotContain("too many to chart");
    }

    @Test
    void aLargeHistoryChartsOnlyTheNewestRunsTopUnitsAndSaysWhereEveryScoreIs() {
        // given: the newest run ranks the units in another order than the first
        HistoryEntry.Score[] first = units(Listing.LARGE_ABOVE + 1, 0);
        HistoryEntry.Score[] newest = units(Listing.LARGE_ABOVE + 1, 500);
        List<HistoryEntry> runs = List.of(
                complete("2026-11-01T06-00-00.000Z", "2026-11-01T06:00:00Z", first),
                complete("2026-11-08T06-00-00.000Z", "2026-11-08T06:00:00Z", newest));

        // when
        String html = new HistoryPage().render(runs);

        // then
        assertThat(html.split("<figure>", -1)).hasSize(Listing.TOP + 1);
        assertThat(html).contains("The newest run, 2026-11-08T06-00-00.000Z, assessed 2,001 units: too many to chart",
                "the 100 units it ranks highest", "href=\"history.json\"",
                "href=\"2026-11-08T06-00-00.000Z/scores.json\"");
        for (int rank = 0; rank < newest.length; rank++) {
            String caption = "<span class=\"iso\">" + newest[rank].iso3() + "</span></figcaption>";
            assertThat(html.contains(caption)).as("rank %d charted", rank + 1).isEqualTo(rank < Listing.TOP);
        }
        // the table row of the newest run's first unit holds its score in both runs
        HistoryEntry.Score top = newest[0];
        HistoryEntry.Score sameUnitBefore = java.util.Arrays.stream(first).filter(s -> s.iso3().equals(top.iso3()))
                .findFirst().orElseThrow();
        String row = html.substring(html.indexOf("<tr><td>" + top.name()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">" + NumberText.score(sameUnitBefore.score()) + "</span></td><td class=\"num\">"
                + "<span class=\"band " + BandColour.cssClass(top.bandLevel()) + "\" title=\"" + top.band() + "\">"
                + NumberText.score(top.score()) + "<");
        assertThat(html.length()).isLessThan(300_000);
    }

    @Test
    void aUnitOutsideTheTopAnEarlierLargeRunKeptIsMarkedAsSuchNotAsMissing() {
        // given: an earlier large run as history.json keeps it (its top 100 of 2,001), then the newest in full
        HistoryEntry.Score[] earlier = units(Listing.LARGE_ABOVE + 1, 0);
        HistoryEntry.Score[] newest = units(Listing.LARGE_ABOVE + 1, 50);
        HistoryEntry kept = new HistoryEntry("2026-11-01T06-00-00.000Z", Instant.parse("2026-11-01T06:00:00Z"),
                HistoryEntry.COMPLETE, null, false, 2016, "grid.xlsx", "a".repeat(64), "b".repeat(64), Map.of(), 0, 0,
                earlier.length, List.of(earlier).subList(0, Listing.TOP));
        List<HistoryEntry> runs = List.of(kept, complete("2026-11-08T06-00-00.000Z", "2026-11-08T06:00:00Z", newest));

        // when
        String html = new HistoryPage().render(runs);

        // then: newest rank 1 is the earlier run's rank 51, kept; newest rank 61 was the earlier run's 111th
        assertThat(row(html, newest[0].iso3())).contains(">" + NumberText.score(earlier[50].score()) + "</span>")
                .doesNotContain("below top");
        assertThat(row(html, newest[60].iso3())).contains(">below top 100</span>").doesNotContain(NumberText.NONE);
        assertThat(html).contains("(“below top 100” in the table, no point in the chart: a unit outside them)");
    }

    @Test
    void aFolderWithNoRunSaysSo() {
        String html = new HistoryPage().render(List.of());

        assertThat(html).contains("0 runs: 0 complete, 0 failed.", "No run yet.", "No complete run yet.");
    }

    private static String row(String html, String iso3) {
        String row = html.substring(html.indexOf("<span class=\"iso\">" + iso3 + "</span></td>"));
        return row.substring(0, row.indexOf("</tr>"));
    }

    /**
     * {@code count} units in ranking order, scores falling from 10; the unit at rank r is unit
     * number (r + shift) modulo count, so two shifts rank the same units differently.
     */
    private static HistoryEntry.Score[] units(int count, int shift) {
        HistoryEntry.Score[] units = new HistoryEntry.Score[count];
        for (int rank = 0; rank < count; rank++) {
            int unit = (rank + shift) % count;
            double score = Math.round(100.0 - 90.0 * rank / count) / 10.0;
            int level = score >= 6.5 ? 5 : score >= 5 ? 4 : score >= 3.5 ? 3 : score >= 2 ? 2 : 1;
            units[rank] = new HistoryEntry.Score(String.format("XSG-%06d", unit + 1), "Grid cell " + (unit + 1), score,
                    "Level " + level, level);
        }
        return units;
    }

    private static HistoryEntry complete(String runId, String startedAt, HistoryEntry.Score... scores) {
        return new HistoryEntry(runId, Instant.parse(startedAt), HistoryEntry.COMPLETE, null, true, 2016, "indicators.xlsx",
                "a".repeat(64), "b".repeat(64), Map.of("threat.drl", "c".repeat(64)), 0, 0, scores.length, List.of(scores));
    }
}
