package dev.riskengine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A run comparison made while the earlier run's units arrive one at a time, as its scores.json is
 * read: each earlier unit is compared with this run's unit of the same code the moment it arrives
 * and then let go, so a second run of 100,000 units holds what changed rather than the whole
 * earlier run (its readings and contributions were most of a second run's heap). The comparison
 * is the one {@link RunComparer#compare} makes, in the same order: this run's ranking, then the
 * units it no longer has, in the earlier run's order. Made by {@link RunComparer#streamed}.
 */
public final class StreamedComparison {

    private final List<CountryAssessment> now;
    private final int year;
    private final boolean changedOnly;
    private final boolean detailNewAndGone;
    /** This run's positions of each code (a code is expected once; more are compared alike). */
    private final Map<String, int[]> positions = new HashMap<>();
    /** A set, not a scan of this run per earlier unit: a scan each is quadratic at 100,000 units. */
    private final Set<String> assessedNow = new HashSet<>();
    private final boolean[] compared;
    /** By position in this run; null where not compared yet, or compared and left out as unchanged. */
    private final RunComparison.CountryChange[] changes;
    private final Map<String, RunComparison.CountryChange> gone = new LinkedHashMap<>();

    StreamedComparison(Assessment current, boolean changedOnly, boolean detailNewAndGone) {
        this.now = current.countries();
        this.year = current.year();
        this.changedOnly = changedOnly;
        this.detailNewAndGone = detailNewAndGone;
        this.compared = new boolean[now.size()];
        this.changes = new RunComparison.CountryChange[now.size()];
        for (int i = 0; i < now.size(); i++) {
            String iso3 = now.get(i).iso3();
            int position = i;
            positions.merge(iso3, new int[] {position}, StreamedComparison::both);
            assessedNow.add(iso3.toUpperCase(Locale.ROOT));
        }
    }

    /** One unit of the earlier run; a code read again replaces what was read for it before. */
    public void add(PastRun.PastCountry before) {
        int[] at = positions.get(before.iso3());
        if (at != null) {
            for (int i : at) {
                RunComparison.CountryChange change = RunComparer.country(before, now.get(i), detailNewAndGone);
                compared[i] = true;
                changes[i] = !changedOnly || change.changed() ? change : null;
            }
        } else if (!assessedNow.contains(before.iso3().toUpperCase(Locale.ROOT))) {
            gone.put(before.iso3(), RunComparer.country(before, null, detailNewAndGone));
        }
    }

    /**
     * The comparison, once every earlier unit was added.
     *
     * @param previous    the earlier run's id, year and hashes
     * @param inputSha256 this run's input workbook SHA-256
     * @param ruleFiles   this run's rule files (relative path to SHA-256)
     */
    public RunComparison finish(PastRun.Head previous, String inputSha256, Map<String, String> ruleFiles) {
        List<RunComparison.CountryChange> listed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!compared[i]) {
                listed.add(RunComparer.country(null, now.get(i), detailNewAndGone));
            } else if (changes[i] != null) {
                listed.add(changes[i]);
            } else {
                unchanged.add(now.get(i).iso3());
            }
        }
        listed.addAll(gone.values());
        return new RunComparison(previous.runId(), null, previous.year(), year,
                !Objects.equals(previous.inputSha256(), inputSha256),
                RunComparer.ruleFiles(previous.ruleFiles(), ruleFiles), List.copyOf(listed), changedOnly,
                List.copyOf(unchanged));
    }

    private static int[] both(int[] first, int[] more) {
        int[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
