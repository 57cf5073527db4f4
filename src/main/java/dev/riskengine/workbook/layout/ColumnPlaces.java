package dev.riskengine.workbook.layout;

import java.util.OptionalInt;

/**
 * Where a sheet has each of its columns: in the layout's order on a sheet the engine writes
 * ({@link SheetLayout}), or wherever the analyst's own header row put it.
 */
@FunctionalInterface
public interface ColumnPlaces {
    /** The column's index, empty when the sheet does not have it. */
    OptionalInt of(LayoutColumn column);
}
