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
}
