package dev.riskengine.generate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What to generate: {@code units} grid cells, {@code years} years ending with {@code lastYear},
 * a share of range cells and of blank cells, all drawn from {@code seed}.
 */
public record GenerateRequest(int units, int years, int lastYear, long seed, double rangeShare,
                              double blankShare, Path out) {
    /** Excel's rows per sheet, the header row included: a generated workbook must open in Excel. */
    static final int EXCEL_ROWS = 1_048_576;
    /** The Borders sheet lists up to 3 borders per unit (right, below, one diagonal), so it fits Excel's rows. */
    public static final int MOST_UNITS = 250_000;

    public GenerateRequest {
        if (units < 1 || units > MOST_UNITS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--units must be from 1 to %,d (the limit: the Borders sheet must fit Excel's %,d rows), was %,d",
                    MOST_UNITS, EXCEL_ROWS, units));
        }
        if (years < 1 || (long) units * years > EXCEL_ROWS - 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--years must be at least 1 and --units x --years at most %,d (one Indicators row each, "
                            + "in Excel's %,d rows), was %,d x %,d", EXCEL_ROWS - 1, EXCEL_ROWS, units, years));
        }
        if (!(rangeShare >= 0 && rangeShare <= 1) || !(blankShare >= 0 && blankShare <= 1)) {
            throw new IllegalArgumentException("--ranges and --blanks are shares from 0 to 1");
        }
    }
}
