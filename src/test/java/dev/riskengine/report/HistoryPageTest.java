package dev.riskengine.report;

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
                        "in<put>.xlsx", null, null, Map.of(), 0, 0, List.of()));

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
    void aFolderWithNoRunSaysSo() {
        String html = new HistoryPage().render(List.of());

        assertThat(html).contains("0 runs: 0 complete, 0 failed.", "No run yet.", "No complete run yet.");
    }

    private static HistoryEntry complete(String runId, String startedAt, HistoryEntry.Score... scores) {
        return new HistoryEntry(runId, Instant.parse(startedAt), HistoryEntry.COMPLETE, null, true, 2016, "indicators.xlsx",
                "a".repeat(64), "b".repeat(64), Map.of("threat.drl", "c".repeat(64)), 0, 0, List.of(scores));
    }
}
