package dev.riskengine.report.json;

/**
 * The "comparison" a run's scores.json recorded: which run it was compared with (null when there
 * was none, with the note saying why) and how many bands rose and fell since.
 */
public record RecordedComparison(String previousRun, String note, int bandsRose, int bandsFell) {
}
