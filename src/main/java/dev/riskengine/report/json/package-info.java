/**
 * The JSON files of a run, written and read back in one place: scores.json ({@link
 * dev.riskengine.report.json.ScoresJson}, streamed unit by unit for a large run), manifest.json,
 * reports/history.json, and the comparison and Monte Carlo parts of scores.json.
 *
 * <p>Later runs, the history and {@code verify} read these files only through this package, as
 * typed values ({@link dev.riskengine.report.json.PastScores}, {@link
 * dev.riskengine.report.json.RunManifest}, {@link dev.riskengine.report.json.ScoresPrint}): a
 * field renamed or added here is changed in one package, and no other package parses the JSON.
 */
package dev.riskengine.report.json;
