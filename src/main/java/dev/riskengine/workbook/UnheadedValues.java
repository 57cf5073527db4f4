package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Values in a column whose header cell is blank: no indicator code says what they measure, so
 * they would be dropped without a word. The usual cause is a header cell merged over two
 * columns (only the first column of a merge keeps the text), which the problem then names.
 * Gathered row by row and reported once per column after the sheet, when a streamed sheet has
 * listed its merged ranges.
 */
final class UnheadedValues {
    /** A column's cells with values: the first and last row, and how many. */
    private static final class Cells {
        final int firstRow;
        int lastRow;
        int count;

        Cells(int row) {
            this.firstRow = row;
        }
    }

    private final BitSet headed = new BitSet();
    private final Map<Integer, Cells> byColumn = new TreeMap<>();
    private final int headerRow;

    UnheadedValues(HeaderRow header) {
        header.allColumns().forEach(headed::set);
        header.repeated().forEach(headed::set); // a header given twice is reported as such, not as blank
        this.headerRow = header.rowIndex();
    }

    void row(SheetRow row) {
        List<CellContent> cells = row.cells();
        for (int column = headed.nextClearBit(0); column < cells.size(); column = headed.nextClearBit(column + 1)) {
            if (!cells.get(column).isBlank()) {
                Cells found = byColumn.computeIfAbsent(column, c -> new Cells(row.index()));
                found.lastRow = row.index();
                found.count++;
            }
        }
    }

    /** One problem per column with values and no header, naming the merged header range it lies under. */
    void report(String sheet, List<CellRangeAddress> merged, Map<Integer, String> headerNames, ProblemCollector problems) {
        for (Map.Entry<Integer, Cells> entry : byColumn.entrySet()) {
            int column = entry.getKey();
            Cells cells = entry.getValue();
            String letters = CellReference.convertNumToColString(column);
            String values = (cells.count == 1 ? "the value" : "the " + cells.count + " values") + " in column " + letters
                    + " (" + sheet + "!" + letters + (cells.firstRow + 1)
                    + (cells.count == 1 ? "" : ":" + letters + (cells.lastRow + 1)) + ")";
            Optional<CellRangeAddress> merge = merged.stream()
                    .filter(range -> range.isInRange(headerRow, column) && range.getNumberOfCells() > 1).findFirst();
            if (merge.isPresent()) {
                CellRangeAddress range = merge.get();
                String name = headerNames.getOrDefault(range.getFirstColumn(), "");
                problems.add(sheet + "!" + range.formatAsString(), "the header " + quoted(name) + " merged over columns "
                        + CellReference.convertNumToColString(range.getFirstColumn()) + " to "
                        + CellReference.convertNumToColString(range.getLastColumn()) + ", so " + values
                        + " have no indicator code", "one header cell per column: unmerge " + range.formatAsString()
                        + " and type each column's indicator code");
            } else {
                problems.add(sheet + "!" + letters + (headerRow + 1), "a blank header above " + values,
                        "an indicator code for column " + letters + " (or no values under a blank header)");
            }
        }
    }
}
