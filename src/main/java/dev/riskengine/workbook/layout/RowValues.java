package dev.riskengine.workbook.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * The values of one row of a standard sheet by column (text or numbers), written wherever the
 * sheet has each column: so the same row goes into a new sheet in the layout's order and into an
 * analyst's sheet whose columns stand elsewhere. A null value leaves its cell out.
 */
public final class RowValues {
    private final Map<LayoutColumn, Object> values = new LinkedHashMap<>();

    public RowValues put(LayoutColumn column, String text) {
        values.put(column, text);
        return this;
    }

    public RowValues put(LayoutColumn column, Number number) {
        values.put(column, number);
        return this;
    }

    /** A copy with this column's value replaced. */
    public RowValues with(LayoutColumn column, String text) {
        RowValues copy = new RowValues();
        copy.values.putAll(values);
        return copy.put(column, text);
    }

    /**
     * Writes every value that is not null under its column; a column {@code places} does not know
     * is left out. Returns the cells written, by column, for the caller to style.
     */
    public Map<LayoutColumn, Cell> write(Row row, ColumnPlaces places) {
        Map<LayoutColumn, Cell> cells = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            OptionalInt place = places.of(column);
            if (value == null || place.isEmpty()) {
                return;
            }
            Cell cell = row.createCell(place.getAsInt());
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) value);
            }
            cells.put(column, cell);
        });
        return cells;
    }
}
