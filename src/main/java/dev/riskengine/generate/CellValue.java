package dev.riskengine.generate;

/** What one generated Indicators cell holds: a number, a range written as analysts write it, or nothing. */
sealed interface CellValue {

    record Point(double value) implements CellValue { }

    /** Written as text, {@code 1,200-1,500}: the form an analyst types for "between ... and ...". */
    record Range(double low, double high) implements CellValue { }

    record Blank() implements CellValue { }
}
