package dev.riskengine.importer;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import dev.riskengine.workbook.PublishedCell;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Reads one cell of a published table as a number, or as nothing: blanks and the sources'
 * "no data" tokens ({@code ...}, {@code . .}, {@code xxx}, {@code ..}, {@code n/a}) are missing,
 * never zero. Text holding a number ("1,234.5") is a number, by the workbook reader's rules: a
 * decimal comma ("5,3"), an exponent or "NaN" is no number and is reported as unreadable. Excel's
 * "not available", {@code #N/A}, is missing whatever the mapping's tokens: as text (the World
 * Bank's WGI write it so), as an error cell or as a formula's saved error ({@code =NA()}).
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

    /** A cell of a source sheet, read as the workbook reader reads cells: a number, or nothing. */
    OptionalDouble number(PublishedCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> number(cell.text());
            default -> OptionalDouble.empty();
        };
    }

    /** Text as a number by the workbook's rules for numbers typed as text ("1,234.5" yes; "5,3", "1e3", "NaN" no). */
    OptionalDouble number(String raw) {
        String text = token(raw);
        if (text.isEmpty() || isMissing(text)) {
            return OptionalDouble.empty();
        }
        return PublishedCell.numberInText(text);
    }

    /** A "no data" token of the source (compared ignoring case and surrounding spaces), or #N/A. */
    boolean isMissing(String text) {
        String token = token(text);
        return missing.contains(token) || token.equals(NOT_AVAILABLE);
    }

    private static String token(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\p{Z}\\s]+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** The cell as text: a country name, a header, a year. */
    String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell).replaceAll("[\\p{Z}\\s]+", " ").trim();
    }
}
