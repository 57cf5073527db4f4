package dev.riskengine.model;

/**
 * Where an indicator column's figures come from, as the workbook's optional Sources sheet says:
 * either a column source an analyst wrote ({@code source} only), or an import recorded by
 * {@code risk import} with the source file's name, its edition and the time of the import.
 *
 * @param code       the indicator code (an Indicators column)
 * @param source     the source as written in the Sources sheet
 * @param file       the imported file's name, or null
 * @param edition    the imported source's edition, or null
 * @param importedAt the import time (ISO 8601, UTC), or null
 */
public record Provenance(String code, String source, String file, String edition, String importedAt) {

    public boolean imported() {
        return file != null;
    }
}
