package dev.riskengine.importer;

import dev.riskengine.text.ThousandsDot;
import dev.riskengine.workbook.IndicatorText;

/**
 * A figure with a range as an Indicators cell holds it: its central value and range as text,
 * {@code -1.0975 (-1.4473 – -0.7478)}, which the workbook reads back as value, low and high.
 * The ends are separated by a spaced en dash so that negative ends stay readable.
 */
final class RangeText {
    private RangeText() { }

    static String of(SourceFigure figure) {
        return shown(figure.value()) + " (" + shown(figure.low()) + " – " + shown(figure.high()) + ")";
    }

    /**
     * The number as {@link StoredNumber#shown} gives it, but "1.235" as "1.2350": the workbook
     * warns about text that may be thousands grouped by a dot (where no Dictionary bound rules
     * that out), and must not take the engine's own text for an analyst's slip.
     */
    private static String shown(double value) {
        String shown = StoredNumber.shown(value);
        return ThousandsDot.mayBeEither(shown) ? shown + "0" : shown;
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
