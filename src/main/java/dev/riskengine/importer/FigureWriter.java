package dev.riskengine.importer;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Puts one source figure into the Indicators sheet, or says why not: a blank cell is filled; a
 * cell holding the same figure (perhaps rounded) is left as it is; a cell holding anything else
 * is a conflict, left alone unless overwriting was asked for. Formulas are never overwritten.
 * A percent-formatted cell stores the fraction (5.65 % is 0.0565), as Excel does. A figure with a
 * range is written as text, its value and range ({@link RangeText}).
 */
final class FigureWriter {
    private final IndicatorsSheet sheet;
    private final boolean overwrite;
    private final DataFormatter formatter = new DataFormatter();

    FigureWriter(IndicatorsSheet sheet, boolean overwrite) {
        this.sheet = sheet;
        this.overwrite = overwrite;
    }

    /** Empty when the cell already holds the figure. */
    Optional<CellChange> write(String iso3, SourceFigure figure, int column, boolean percentUnit) {
        Cell existing = sheet.cell(iso3, figure.year(), column);
        if (existing == null || isBlank(existing)) {
            Cell cell = sheet.createCell(iso3, figure.year(), column);
            if (figure.hasRange()) {
                cell.setCellValue(RangeText.of(figure));
                return Optional.of(change(cell, iso3, figure, null, CellChange.Kind.FILL, percentUnit));
            }
            boolean percentCell = percentUnit && isPercentFormatted(cell.getCellStyle());
            cell.setCellValue(percentCell ? figure.value() / 100 : figure.value());
            return Optional.of(change(cell, iso3, figure, null, CellChange.Kind.FILL, percentUnit));
        }
        String before = shown(existing, percentUnit);
        if (figure.hasRange()) {
            if (existing.getCellType() == CellType.STRING && RangeText.holds(existing.getStringCellValue(), figure)) {
                return Optional.empty();
            }
            if (overwrite && existing.getCellType() != CellType.FORMULA) {
                existing.setCellValue(RangeText.of(figure));
                return Optional.of(change(existing, iso3, figure, before, CellChange.Kind.OVERWRITE, percentUnit));
            }
            return Optional.of(change(existing, iso3, figure, before, CellChange.Kind.CONFLICT, percentUnit));
        }
        if (existing.getCellType() == CellType.NUMERIC) {
            boolean percentCell = percentUnit && isPercentFormatted(existing.getCellStyle());
            double incoming = percentCell ? figure.value() / 100 : figure.value();
            if (StoredNumber.same(existing.getNumericCellValue(), incoming)) {
                return Optional.empty();
            }
            if (overwrite) {
                existing.setCellValue(incoming);
                return Optional.of(change(existing, iso3, figure, before, CellChange.Kind.OVERWRITE, percentUnit));
            }
        }
        return Optional.of(change(existing, iso3, figure, before, CellChange.Kind.CONFLICT, percentUnit));
    }

    private static CellChange change(Cell cell, String iso3, SourceFigure figure, String before, CellChange.Kind kind,
                                     boolean percentUnit) {
        String after = (figure.hasRange() ? RangeText.of(figure) : StoredNumber.shown(figure.value()))
                + (percentUnit ? " %" : "");
        return new CellChange(IndicatorsSheet.address(cell), iso3, figure.year(), figure.code(), before, after, kind,
                figure.place());
    }

    private String shown(Cell cell, boolean percentUnit) {
        if (cell.getCellType() == CellType.FORMULA) {
            return "the formula =" + cell.getCellFormula();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            boolean percentCell = isPercentFormatted(cell.getCellStyle());
            double value = cell.getNumericCellValue();
            return percentUnit && percentCell ? StoredNumber.shown(value * 100) + " %"
                    : StoredNumber.shown(value) + (percentUnit ? " %" : "");
        }
        return "\"" + formatter.formatCellValue(cell) + "\"";
    }

    private static boolean isBlank(Cell cell) {
        return cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    static boolean isPercentFormatted(CellStyle style) {
        return style != null && style.getDataFormatString() != null && style.getDataFormatString().contains("%");
    }
}
