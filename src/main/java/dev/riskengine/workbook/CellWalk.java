package dev.riskengine.workbook;

/**
 * How the cells of a workbook are walked. The validation is the same either way; only memory,
 * speed and formula evaluation differ (see docs/scale.md, "Large workbooks").
 */
public enum CellWalk {
    /** The whole workbook in memory (POI usermodel): .xlsx and .xls, formulas without a saved result evaluated. */
    IN_MEMORY,
    /** Row by row from the file's XML (POI event API): .xlsx only, bounded memory, formulas must have saved results. */
    STREAMING,
    /** STREAMING for an .xlsx of {@link #STREAMING_FROM_BYTES} or more, IN_MEMORY otherwise. */
    AUTOMATIC;

    /** About 8,000 units of a generated workbook; analysts' country workbooks are far below it. */
    public static final long STREAMING_FROM_BYTES = 1_000_000;
}
