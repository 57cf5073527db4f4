package dev.riskengine.workbook.layout;

import java.util.List;
import java.util.OptionalInt;

/**
 * A standard sheet of the indicator workbook: its name and its columns in the order the engine
 * writes them. The first column is the one whose header marks the header row when the reader
 * looks for it below a title.
 */
public record SheetLayout(String name, List<LayoutColumn> columns) implements ColumnPlaces {

    public SheetLayout {
        columns = List.copyOf(columns);
    }

    SheetLayout(String name, LayoutColumn... columns) {
        this(name, List.of(columns));
    }

    public List<String> headers() {
        return columns.stream().map(LayoutColumn::header).toList();
    }

    /** The headers a header row is expected to hold (its keys among them), reported when missing. */
    public List<String> required() {
        return columns.stream().filter(c -> c.need() != LayoutColumn.Need.OPTIONAL).map(LayoutColumn::header).toList();
    }

    public List<String> optional() {
        return columns.stream().filter(c -> c.need() == LayoutColumn.Need.OPTIONAL).map(LayoutColumn::header).toList();
    }

    /** The columns without which no row can be read. */
    public List<LayoutColumn> keys() {
        return columns.stream().filter(c -> c.need() == LayoutColumn.Need.KEY).toList();
    }

    /** The column's index on a sheet written in this layout's order. */
    public int index(LayoutColumn column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column.header() + " is not a column of the " + name + " sheet");
        }
        return index;
    }

    @Override
    public OptionalInt of(LayoutColumn column) {
        int index = columns.indexOf(column);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
