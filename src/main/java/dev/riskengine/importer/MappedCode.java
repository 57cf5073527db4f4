package dev.riskengine.importer;

/**
 * An indicator code a source fills, and where the analyst wrote it, e.g.
 * {@code budgets.yaml:9: indicators[1].code}, so a problem with the code can name its line.
 */
public record MappedCode(String code, String where) { }
