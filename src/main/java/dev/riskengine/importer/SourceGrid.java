package dev.riskengine.importer;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A published table as rows and columns (0-based), whether it is a sheet of a workbook or a CSV
 * file: each cell as text, or as a number with the table's "no data" tokens read as missing.
 */
interface SourceGrid {
    /** The sheet's name, or the CSV file's name: for messages and the edition. */
    String name();

    int lastRow();

    int lastColumn(int row);

    String text(int row, int column);

    OptionalDouble number(int row, int column);

    /** A header cell's text; in a sheet, a cell inside a merged range reads as the range's first cell. */
    default String headerText(int row, int column) {
        return text(row, column);
    }

    /** Whether a cell holds something that is neither a number nor a "no data" token. */
    default boolean unreadable(int row, int column) {
        return number(row, column).isEmpty() && !text(row, column).isEmpty()
                && !missingToken(text(row, column));
    }

    boolean missingToken(String text);

    /** Whether the cell's number was read from text (all of a CSV; a text cell of a sheet), so its commas are as typed. */
    boolean numberFromText(int row, int column);

    /** Where a cell is, as the analyst finds it: {@code 'Current US$'!C7} or {@code wdi.csv:7 column "2016"}. */
    String place(int row, int column);

    /**
     * The first non-blank value of a row past its header's last column, with its place
     * ({@code mil.csv:7 "200"}), in a table whose rows are split on a delimiter: a comma inside an
     * unquoted value ("Algeria,1,200") moves every later value one column to the right, under
     * another year. Empty for a sheet, whose cells are as typed.
     */
    default Optional<String> pastTheHeader(int row) {
        return Optional.empty();
    }
}
