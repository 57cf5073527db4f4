package dev.riskengine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Says what moved between an earlier assessment and a later one, and why: a run against an earlier
 * run read back from its folder ({@link #compare}, for every report and {@code --fail-on-band-rise}),
 * or watch mode's pass against the last good one ({@link #resultsMoved}). One comparison, so both
 * call the same things moved. Pure: no files, no clock, so the same two runs always give the same
 * comparison (scores.json stays reproducible).
 */
public final class RunComparer {

    /**
     * @param ruleFiles    this run's rule files (relative path to SHA-256)
     * @param inputSha256  this run's input workbook SHA-256
     */
    public RunComparison compare(PastRun previous, Assessment current, String inputSha256,
                                 Map<String, String> ruleFiles) {
        return compare(previous, current, inputSha256, ruleFiles, false);
    }

    /**
     * What moved between two assessments of the same workbook, as watch mode shows it: only the
     * units whose result moved ({@link RunComparison.CountryChange#resultMoved()}), in the new
     * ranking order, then those gone; a unit new or gone with every contribution it has or had;
     * contributions by dimension, then rule.
     */
    public List<RunComparison.CountryChange> resultsMoved(Assessment before, Assessment after) {
        List<RunComparison.CountryChange> moved = new ArrayList<>();
        for (RunComparison.CountryChange c : compare(PastRun.of(before), after, null, Map.of(), true).countries()) {
            if (c.resultMoved()) {
                List<RunComparison.ContributionChange> byDimension = new ArrayList<>(c.contributions());
                byDimension.sort(Comparator.comparing(RunComparison.ContributionChange::dimension)
                        .thenComparing(RunComparison.ContributionChange::rule));
                moved.add(new RunComparison.CountryChange(c.iso3(), c.name(), c.scoreBefore(), c.score(), c.bandBefore(),
                        c.bandLevelBefore(), c.band(), c.bandLevel(), c.dimensionsBefore(), c.dimensions(), c.cells(),
                        List.copyOf(byDimension)));
            }
        }
        return List.copyOf(moved);
    }

    /**
     * @param detailNewAndGone whether a unit new or gone lists every cell and contribution as appeared or
     *                         disappeared (watch), or none: the unit is new or gone, that says it (the reports)
     */
    private RunComparison compare(PastRun previous, Assessment current, String inputSha256,
                                  Map<String, String> ruleFiles, boolean detailNewAndGone) {
        StreamedComparison comparison = new StreamedComparison(current, false, detailNewAndGone);
        previous.countries().values().forEach(comparison::add);
        return comparison.finish(previous.head(), inputSha256, ruleFiles);
    }

    /**
     * A comparison with an earlier run whose units are handed over one at a time as they are read
     * ({@link StreamedComparison#add}), so that none is kept once compared.
     *
     * @param changedOnly whether units that did not change are left out of the list and only
     *                    counted (a large run), or listed like the others
     */
    public StreamedComparison streamed(Assessment current, boolean changedOnly) {
        return new StreamedComparison(current, changedOnly, false);
    }

    static List<RunComparison.RuleFileChange> ruleFiles(Map<String, String> before, Map<String, String> after) {
        List<RunComparison.RuleFileChange> changes = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>(before.keySet());
        files.addAll(after.keySet());
        for (String file : files) {
            String was = before.get(file);
            String is = after.get(file);
            if (was == null) {
                changes.add(new RunComparison.RuleFileChange(file, RunComparison.Change.ADDED, null, is));
            } else if (is == null) {
                changes.add(new RunComparison.RuleFileChange(file, RunComparison.Change.REMOVED, was, null));
            } else if (!was.equals(is)) {
                changes.add(new RunComparison.RuleFileChange(file, RunComparison.Change.CHANGED, was, is));
            }
        }
        return List.copyOf(changes);
    }

    static RunComparison.CountryChange country(PastRun.PastCountry before, CountryAssessment now,
                                               boolean detailNewAndGone) {
        PastRun.PastCountry after = now == null ? null : PastRun.PastCountry.of(now);
        List<PastRun.Reading> readingsBefore = before == null ? List.of() : before.indicators();
        List<PastRun.Reading> readingsNow = after == null ? List.of() : after.indicators();
        List<ContributionRecord> contributionsBefore = before == null ? List.of() : before.contributions();
        List<ContributionRecord> contributionsNow = after == null ? List.of() : after.contributions();
        // A country new to this run, or gone from it, is that: its cells would all be "changed".
        boolean detailed = detailNewAndGone || before != null && now != null;
        return new RunComparison.CountryChange(
                now != null ? now.iso3() : before.iso3(),
                now != null ? now.country().getName() : before.name(),
                // A unit with insufficient data has a band (the state) but no score and no band level.
                before == null || before.insufficient() ? null : before.score(), now == null || !now.scored() ? null : now.score(),
                before == null ? null : before.band(), before == null || before.insufficient() ? null : before.bandLevel(),
                now == null ? null : now.band(), now == null || !now.scored() ? null : now.bandLevel(),
                before == null ? Map.of() : before.dimensions(), after == null ? Map.of() : after.dimensions(),
                detailed ? cells(readingsBefore, readingsNow) : List.of(),
                detailed ? contributions(contributionsBefore, contributionsNow) : List.of());
    }

    /** Indicators matched by code (a row moved in the workbook is not a change; a new value is). */
    static List<RunComparison.CellChange> cells(List<PastRun.Reading> before, List<PastRun.Reading> after) {
        Map<String, PastRun.Reading> was = byCode(before);
        Map<String, PastRun.Reading> is = byCode(after);
        List<RunComparison.CellChange> changes = new ArrayList<>();
        for (PastRun.Reading now : is.values()) {
            PastRun.Reading then = was.get(now.code());
            if (then == null || !then.sameValueAs(now)) {
                changes.add(new RunComparison.CellChange(now.code(), now.cell(), then, now));
            }
        }
        for (PastRun.Reading then : was.values()) {
            if (!is.containsKey(then.code())) {
                changes.add(new RunComparison.CellChange(then.code(), then.cell(), then, null));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, PastRun.Reading> byCode(List<PastRun.Reading> readings) {
        Map<String, PastRun.Reading> byCode = new LinkedHashMap<>();
        readings.forEach(r -> byCode.putIfAbsent(r.code(), r));
        return byCode;
    }

    /** Which contributions moved is {@link ContributionMatcher}'s decision, shared with watch mode. */
    static List<RunComparison.ContributionChange> contributions(List<ContributionRecord> before,
                                                                List<ContributionRecord> after) {
        return ContributionMatcher.changes(before, after).stream()
                .map(m -> new RunComparison.ContributionChange(m.before(), m.after())).toList();
    }
}
