package dev.riskengine.importer;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads one cell of a published table as a number, or as nothing: blanks and the sources'
 * "no data" tokens ({@code ...}, {@code . .}, {@code xxx}, {@code ..}, {@code n/a}) are missing,
 * never zero. Text holding a number ("1,234.5") is a number. Excel's "not available", {@code #N/A},
 * is missing whatever the mapping's tokens: as text (the World Bank's WGI write it so), as an error
 * cell or as a formula's saved error ({@code =NA()}, a failed lookup).
 */
final class SourceCell {
    static final Set<String> DEFAULT_MISSING = Set.of("...", ". .", "..", "xxx", "n/a", "na", "-", "–", "—");
    /** Excel's "not available", compared as {@link #token} writes it. */
    private static final String NOT_AVAILABLE = "#n/a";

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Set<String> missing;

    SourceCell(Set<String> missing) {
        this.missing = missing.stream().map(SourceCell::token).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    SourceCell() {
        this(DEFAULT_MISSING);
    }

    OptionalDouble number(Cell cell) {
        if (cell == null) {
            return OptionalDouble.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return OptionalDouble.of(cell.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            return number(cell.getStringCellValue());
        }
        return OptionalDouble.empty();
    }

    OptionalDouble number(String raw) {
        String text = token(raw);
        if (text.isEmpty() || isMissing(text)) {
            return OptionalDouble.empty();
        }
        String digits = text.replace(",", "").replace(" ", "");
        try {
            return OptionalDouble.of(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A "no data" token of the source (compared ignoring case and surrounding spaces), or #N/A. */
    boolean isMissing(String text) {
        String token = token(text);
        return missing.contains(token) || token.equals(NOT_AVAILABLE);
    }

    /** An error cell, or a formula whose saved result is an error, holding #N/A: no data, not a damaged cell. */
    static boolean notAvailable(Cell cell) {
        if (cell == null) {
            return false;
        }
        boolean error = cell.getCellType() == CellType.ERROR
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
        return error && cell.getErrorCellValue() == FormulaError.NA.getCode();
    }

    private static String token(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\p{Z}\\s]+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** The cell as text: a country name, a header, a year. */
    String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell).replaceAll("[\\p{Z}\\s]+", " ").trim();
    }
}
