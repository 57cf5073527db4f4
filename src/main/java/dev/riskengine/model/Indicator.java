package dev.riskengine.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One indicator value of one country in one year, as read from one cell. {@code value} is the
 * central estimate; {@code low}/{@code high} equal it for a point estimate. A missing cell
 * produces no Indicator at all, so rules detect missing data with {@code not Indicator(...)}.
 */
public final class Indicator implements Serializable {
    private final String iso3;
    private final String code;
    private final int year;
    private final double value;
    private final double low;
    private final double high;
    private final String cell;

    public Indicator(String iso3, String code, int year, double value, double low, double high, String cell) {
        this.iso3 = Objects.requireNonNull(iso3, "iso3");
        this.code = Objects.requireNonNull(code, "code");
        this.year = year;
        this.value = value;
        this.low = low;
        this.high = high;
        this.cell = cell;
    }

    /** A point estimate: low and high equal the value. */
    public static Indicator point(String iso3, String code, int year, double value, String cell) {
        return new Indicator(iso3, code, year, value, value, value, cell);
    }

    public String getIso3() { return iso3; }
    public String getCode() { return code; }
    public int getYear() { return year; }
    public double getValue() { return value; }
    public double getLow() { return low; }
    public double getHigh() { return high; }
    public String getCell() { return cell; }
    public boolean isRange() { return low != high; }

    /** The same indicator with the given value as its central estimate, keeping the range and cell. */
    public Indicator withValue(double newValue) {
        return new Indicator(iso3, code, year, newValue, low, high, cell);
    }

    @Override public String toString() {
        return "Indicator(" + iso3 + ", " + code + ", " + year + ", " + value
                + (isRange() ? " [" + low + "-" + high + "]" : "") + ", " + cell + ")";
    }
}
