package dev.riskengine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run in the reports folder's history: a complete run (its folder may since have been removed
 * by {@code --keep}) or a run that failed before it had a folder.
 *
 * @param runId         the run folder's name; null for a failed run
 * @param outcome       {@link #COMPLETE} or what failed, e.g. "invalid input"
 * @param message       the first error line of a failed run; null for a complete one
 * @param folderPresent true while the run folder is still in the reports folder
 * @param year          the year assessed; null when unknown (a failed run)
 * @param inputSha256   null when the input could not be read
 * @param rulesSha256   one hash over every rule file's name and SHA-256; null when unknown
 * @param ruleFiles     rule file to SHA-256; empty when unknown
 * @param bandsRose     countries whose band rose since the run compared with
 * @param units         how many countries or units the run assessed; 0 for a failed run
 * @param countries     the scores, in the run's ranking order; empty for a failed run. Every unit's, or
 *                      for a large run as history.json keeps it only the highest-ranked: see {@link #partial()}
 */
public record HistoryEntry(String runId, Instant startedAt, String outcome, String message, boolean folderPresent,
                           Integer year, String inputFile, String inputSha256, String rulesSha256,
                           Map<String, String> ruleFiles, int bandsRose, int bandsFell, int units,
                           List<Score> countries) {

    public static final String COMPLETE = "complete";

    public boolean complete() {
        return COMPLETE.equals(outcome);
    }

    /** True when {@link #countries()} holds only the run's highest-ranked units; its scores.json has every one. */
    public boolean partial() {
        return countries.size() < units;
    }

    public HistoryEntry withFolderPresent(boolean present) {
        return new HistoryEntry(runId, startedAt, outcome, message, present, year, inputFile, inputSha256, rulesSha256,
                ruleFiles, bandsRose, bandsFell, units, countries);
    }

    /** A country's score and band in one run. */
    public record Score(String iso3, String name, double score, String band, int bandLevel) { }
}
