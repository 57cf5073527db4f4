package dev.riskengine.importer;

import dev.riskengine.workbook.IndicatorText;

/**
 * A figure with a range as an Indicators cell holds it: its central value and range as text,
 * {@code -1.0975 (-1.4473 – -0.7478)}, which the workbook reads back as value, low and high.
 * The ends are separated by a spaced en dash so that negative ends stay readable.
 */
final class RangeText {
    private RangeText() { }

    static String of(SourceFigure figure) {
        return StoredNumber.shown(figure.value()) + " (" + StoredNumber.shown(figure.low()) + " – "
                + StoredNumber.shown(figure.high()) + ")";
    }

    /** Whether a cell's text already holds the figure's value and range, perhaps rounded. */
    static boolean holds(String text, SourceFigure figure) {
        try {
            IndicatorText.Reading reading = IndicatorText.read(figure.code(), text);
            return StoredNumber.same(reading.value(), figure.value()) && StoredNumber.same(reading.low(), figure.low())
                    && StoredNumber.same(reading.high(), figure.high());
        } catch (IndicatorText.UnreadableValueException e) {
            return false; // text that is no value at all cannot hold the figure: a conflict, shown as it stands
        }
    }
}
