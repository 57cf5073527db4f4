package dev.riskengine.workbook;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The number format of a cell (its index and pattern, such as {@code 0.0%}), able to show a
 * value as Excel does. Formatting is costly next to reading a number, and only problems,
 * headers and names need the text, so a {@link CellContent.Numeric} formats when asked.
 */
final class CellNumberFormat {
    static final String GENERAL = "General";

    private final short index;
    private final String pattern;
    private final boolean percent;
    private final DataFormatter formatter;

    /** {@code pattern} null means General, as POI reports a style without a format. */
    CellNumberFormat(short index, String pattern, DataFormatter formatter) {
        this.index = index;
        this.pattern = pattern == null ? GENERAL : pattern;
        this.percent = this.pattern.contains("%");
        this.formatter = formatter;
    }

    /** A percentage format: the cell holds a fraction that the analyst sees, and means, as a percentage. */
    boolean isPercent() {
        return percent;
    }

    /**
     * A date or time format: the cell holds a serial day number, not a figure. Excel turns a
     * small range typed as 3-5 or 1/2 into such a date, so the number is not what was typed.
     */
    boolean isDate() {
        return !percent && DateUtil.isADateFormat(index, pattern);
    }

    /** The text Excel displays for the value in this format. */
    String show(double value) {
        return formatter.formatRawCellContents(value, index, pattern);
    }
}
