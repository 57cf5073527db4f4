package dev.riskengine.model;

/**
 * One row of the Dictionary sheet: an indicator code with its unit and valid bounds.
 * {@code min}/{@code max} are null when the analyst left them blank (no bound).
 */
public record IndicatorDefinition(String code, String name, String unit, Double min, Double max,
                                  String description, String source) {

    public boolean isPercent() {
        return unit != null && unit.trim().equals("%");
    }

    /**
     * Whether the indicator is a signed index (its Min is below 0, as WGI's -2.5 to 2.5 is): its 0
     * is a point of the scale, not "none", so a ratio to the value or an order of magnitude means
     * nothing for it, and its spread is judged against the scale ({@link #scaleWidth()}) or on the
     * value itself. Counts, lengths and shares start at 0 and are judged relative to their value.
     */
    public boolean isSignedIndex() {
        return min != null && min < 0;
    }

    /** Max - Min, or NaN when either is blank or they do not make a scale. */
    public double scaleWidth() {
        return min == null || max == null || !(max > min) ? Double.NaN : max - min;
    }
}
