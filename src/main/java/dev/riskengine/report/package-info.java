/**
 * What the report writers share: they turn one {@link dev.riskengine.model.Assessment} and its
 * {@link dev.riskengine.model.RunMetadata} into the files of a run folder (scores.json,
 * summary.xlsx, summary.md, report.html, manifest.json).
 *
 * <p>Each format has a package of its own ({@code report.xlsx}, {@code report.html},
 * {@code report.markdown}, {@code report.console}) that imports only this one: what every format
 * shares (numbers and names as shown, band colours, comparison words, {@link
 * dev.riskengine.report.Listing}, which says how much of a run to list) lives here, and
 * {@code report.writer.ReportWriter} writes a run's files through them from a package of its own,
 * so that this one names none of the formats that import it.
 *
 * <p>Every writer keeps the order of the lists it is given (countries ranked, contributions as
 * the engine recorded them) and never iterates a hash-ordered collection, so two runs on the
 * same input produce the same files apart from the run metadata. Text that comes from the
 * workbook or the rules is treated as hostile: escaped in HTML and Markdown, and written to
 * Excel as string cells only.
 */
package dev.riskengine.report;
