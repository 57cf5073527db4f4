package dev.riskengine.importer;

/**
 * One number read from a published source: the country as the source names it, the year, the
 * indicator code it fills, the value in the indicator's unit (a share of GDP as a percentage:
 * 5.65, not 0.0565) with its range ({@code low} and {@code high} equal to the value for a point)
 * and where it was read ({@code 'Current US$'!BM10}).
 *
 * @param aliasIso3 the code the mapping's alias table gives the country, or null: then the
 *                  country is matched by its name or code as the source writes it
 */
public record SourceFigure(String countryName, String aliasIso3, int year, String code, double value, double low,
                           double high, String place) {

    /** A point figure, its country matched as the source writes it. */
    public SourceFigure(String countryName, int year, String code, double value, String place) {
        this(countryName, null, year, code, value, value, value, place);
    }

    /** Whether the source gave a range around the value. */
    public boolean hasRange() {
        return low != value || high != value;
    }
}
