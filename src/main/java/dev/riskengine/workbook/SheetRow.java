package dev.riskengine.workbook;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a sheet as the validation code sees it, whichever way the sheet was walked (the
 * whole workbook in memory, or streamed): its cells in column order up to the last one present.
 */
record SheetRow(String sheet, int index, List<CellContent> cells) {

    CellContent cell(int column) {
        return column < cells.size() ? cells.get(column) : new CellContent.Blank(new CellLocation(sheet, index, column));
    }

    /** Free text such as a name or unit: null when the column is absent or the cell blank. */
    String optionalText(OptionalInt column) {
        String text = column.isEmpty() ? "" : cell(column.getAsInt()).text();
        return text.isEmpty() ? null : text;
    }

    /** A cell of an optional column: empty when the column is absent or the cell blank. */
    Optional<CellContent> optionalCell(OptionalInt column) {
        return column.isEmpty() ? Optional.empty() : Optional.of(cell(column.getAsInt())).filter(c -> !c.isBlank());
    }

    /** True when some cell shows something: the header search skips rows that show nothing. */
    boolean showsAnything() {
        return cells.stream().anyMatch(cell -> !NameKey.of(cell.text()).isBlank());
    }

    /** The cell's own place where the row has it (a long-form table's names its column), else the sheet's. */
    CellLocation at(int column) {
        return column < cells.size() ? cells.get(column).at() : new CellLocation(sheet, index, column);
    }
}
