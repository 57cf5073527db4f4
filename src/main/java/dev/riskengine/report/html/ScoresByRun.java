package dev.riskengine.report.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.riskengine.model.HistoryEntry;

/**
 * The complete runs of a history, oldest first, with each run's scores indexed by ISO3 once. The
 * page looks every unit it shows up in every run; scanning a run's list for each look-up made that
 * quadratic (about 10^10 comparisons for two runs of 100,000 units).
 */
final class ScoresByRun {
    private final List<HistoryEntry> runs;
    private final List<Map<String, HistoryEntry.Score>> byIso3;

    ScoresByRun(List<HistoryEntry> runs) {
        this.runs = List.copyOf(runs);
        this.byIso3 = this.runs.stream().map(ScoresByRun::index).toList();
    }

    private static Map<String, HistoryEntry.Score> index(HistoryEntry run) {
        Map<String, HistoryEntry.Score> scores = new HashMap<>(run.countries().size() * 4 / 3 + 1);
        for (HistoryEntry.Score score : run.countries()) {
            scores.putIfAbsent(score.iso3(), score); // the first, as a scan of the list would find
        }
        return scores;
    }

    int size() {
        return runs.size();
    }

    HistoryEntry run(int index) {
        return runs.get(index);
    }

    /** The unit's score in the run at {@code index}; empty when that run did not assess it. */
    Optional<HistoryEntry.Score> scoreOf(int index, String iso3) {
        return Optional.ofNullable(byIso3.get(index).get(iso3));
    }
}
