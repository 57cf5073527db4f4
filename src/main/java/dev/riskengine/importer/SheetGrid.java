package dev.riskengine.importer;

import java.util.OptionalDouble;
import dev.riskengine.workbook.PublishedCell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** A sheet of a source workbook as a {@link SourceGrid}. */
final class SheetGrid implements SourceGrid {
    private final Sheet sheet;
    private final SourceCell cells;
    private final PublishedCell.Reader reader;

    SheetGrid(Sheet sheet, SourceCell cells) {
        this.sheet = sheet;
        this.cells = cells;
        this.reader = new PublishedCell.Reader(sheet.getWorkbook());
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public int lastRow() {
        return sheet.getLastRowNum();
    }

    @Override
    public int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    @Override
    public String text(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? "" : cells.text(r.getCell(column));
    }

    @Override
    public OptionalDouble number(int row, int column) {
        return cells.number(reader.read(sheet, row, column));
    }

    @Override
    public boolean numberFromText(int row, int column) {
        return reader.read(sheet, row, column).kind() == PublishedCell.Kind.TEXT;
    }

    /** Text that is neither a number nor a "no data" token, an error other than #N/A, NaN, or a formula that cannot be evaluated. */
    @Override
    public boolean unreadable(int row, int column) {
        PublishedCell cell = reader.read(sheet, row, column);
        return cell.kind() == PublishedCell.Kind.UNREADABLE
                || cell.kind() == PublishedCell.Kind.TEXT && cells.number(cell).isEmpty() && !cells.isMissing(cell.text());
    }

    /** A cell inside a merged range reads as the range's first cell: a year written once over its sub-columns. */
    @Override
    public String headerText(int row, int column) {
        String own = text(row, column);
        if (!own.isEmpty()) {
            return own;
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(row, column)) {
                return text(merged.getFirstRow(), merged.getFirstColumn());
            }
        }
        return own;
    }

    @Override
    public boolean missingToken(String text) {
        return cells.isMissing(text);
    }

    @Override
    public String place(int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }
}
