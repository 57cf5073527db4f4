package dev.riskengine.template;

import dev.riskengine.workbook.layout.LayoutColumn;

/**
 * One column of a blank workbook: its header, the note (cell comment) that explains it, its
 * width in characters, and the check Excel or LibreOffice applies when a value is typed in.
 */
record TemplateColumn(String header, String note, int width, CellCheck check) {

    /** What may be typed in a column's cells; NONE for free text. */
    sealed interface CellCheck permits None, Code, WholeNumber, Number, IndicatorValue { }

    record None() implements CellCheck { }

    /** Three letters: an ISO 3166 alpha-3 code. */
    record Code() implements CellCheck { }

    record WholeNumber(int min, int max) implements CellCheck { }

    /** A number from min (inclusive); max may be null (no upper bound). */
    record Number(double min, Double max) implements CellCheck { }

    /** An indicator cell: a number within the Dictionary's bounds, or text (a range such as 6000-7000). */
    record IndicatorValue(String code, double min, double max) implements CellCheck { }

    TemplateColumn(LayoutColumn column, String note, int width, CellCheck check) {
        this(column.header(), note, width, check);
    }

    static TemplateColumn text(LayoutColumn column, String note, int width) {
        return new TemplateColumn(column, note, width, new None());
    }
}
