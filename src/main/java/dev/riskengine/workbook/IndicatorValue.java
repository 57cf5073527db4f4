package dev.riskengine.workbook;

/** How one Indicators cell reads: a value with its range, a missing value, or a reason it cannot be read. */
sealed interface IndicatorValue {

    /** {@code value} is the central estimate; {@code low}/{@code high} equal it for a point estimate. */
    record Estimate(double value, double low, double high) implements IndicatorValue {
        static Estimate point(double value) {
            return new Estimate(value, value, value);
        }

        boolean isFinite() {
            return Double.isFinite(value) && Double.isFinite(low) && Double.isFinite(high);
        }
    }

    record Missing() implements IndicatorValue { }

    record Invalid(String found, String expected) implements IndicatorValue { }
}
