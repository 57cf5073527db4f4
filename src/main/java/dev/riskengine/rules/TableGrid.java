package dev.riskengine.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.drools.decisiontable.parser.RuleSheetParserUtil;
import org.drools.template.parser.DataListener;

/**
 * The cells of a decision table exactly as Drools' own parser hands them to its rule builder
 * (same sheet, same text for numbers and formulas), kept so that a generated DRL line, a range
 * or a rule can be traced back to a cell. Rows and columns are 0-based, as Drools counts them.
 * Serializable so that compiled rules kept in the cache ({@link RuleBaseImage}) still locate a
 * problem at its cell without opening the spreadsheet again.
 */
final class TableGrid implements DataListener, Serializable {
    private static final long serialVersionUID = 1L;
    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private final TreeMap<Integer, Integer> columnsOfRow = new TreeMap<>();
    private final Map<Long, Integer> mergedFrom = new HashMap<>(); // a merged cell's first column, by row and column
    /** What a number cell with a % format shows ("20%"), by row and column: Drools reads the number it holds (0.2). */
    private final Map<Long, String> percentShown = new HashMap<>();
    private String sheetName;

    @Override
    public void startSheet(String name) {
        if (sheetName == null) {
            sheetName = name;
        }
    }

    @Override public void finishSheet() { }
    @Override
    public void newRow(int rowNumber, int columns) {
        columnsOfRow.put(rowNumber, columns);
    }

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
        if (value != null && !value.isBlank()) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.trim());
            mergedFrom.put(key(row, column), mergedColStart);
        }
    }

    /**
     * Hands the table to another listener (Drools' rule builder) as its parser did, with the
     * given cells of one row left blank: what the table would generate without them.
     */
    void replayWithout(DataListener listener, int blankRow, Set<Integer> blankColumns) {
        listener.startSheet(sheetName);
        int lastRow = Math.max(rows.isEmpty() ? -1 : rows.lastKey(), columnsOfRow.isEmpty() ? -1 : columnsOfRow.lastKey());
        for (int row = 0; row <= lastRow; row++) {
            listener.newRow(row, columnsOfRow.getOrDefault(row, 0));
            for (Map.Entry<Integer, String> cell : row(row).entrySet()) {
                if (row != blankRow || !blankColumns.contains(cell.getKey())) {
                    listener.newCell(row, cell.getKey(), cell.getValue(), mergedFrom.get(key(row, cell.getKey())));
                }
            }
        }
        listener.finishSheet();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    /** Notes that a number cell of the table's sheet has a % format and shows {@code shown}. */
    void percentFormatted(int row, int column, String shown) {
        percentShown.put(key(row, column), shown);
    }

    /** What the cell shows when it is a number with a % format, which is not the text Drools reads from it. */
    Optional<String> percentShown(int row, int column) {
        return Optional.ofNullable(percentShown.get(key(row, column)));
    }

    /** The sheet's name, or null for a CSV table. */
    String sheetName() {
        return sheetName;
    }

    Optional<String> text(int row, int column) {
        TreeMap<Integer, String> cells = rows.get(row);
        return Optional.ofNullable(cells == null ? null : cells.get(column));
    }

    /** The non-blank cells of a row by column, left to right. */
    TreeMap<Integer, String> row(int row) {
        return rows.getOrDefault(row, new TreeMap<>());
    }

    Map<Integer, TreeMap<Integer, String>> rows() {
        return rows;
    }

    /**
     * A RuleTable cell: its row and column, and the table's name. Below it Drools reads the
     * keywords (row + 1), the fact patterns (row + 2), the code snippets (row + 3), the column
     * descriptions (row + 4) and the rule rows from row + 5 to the first row with no cell from
     * this column on.
     */
    record RuleTable(int row, int column, String name) {
        static final String KEYWORD = "ruletable";
    }

    /** Every RuleTable of the sheet, top to bottom. */
    List<RuleTable> ruleTables() {
        List<RuleTable> tables = new ArrayList<>();
        rows.forEach((row, cells) -> cells.forEach((column, text) -> {
            if (text.toLowerCase(Locale.ROOT).startsWith(RuleTable.KEYWORD)) {
                tables.add(new RuleTable(row, column, text.substring(RuleTable.KEYWORD.length()).trim()));
            }
        }));
        return tables;
    }

    /** The non-blank cells of a row from a column on: a table's rule rows end at a row without any. */
    Map<Integer, String> rowFrom(int row, int column) {
        return row(row).tailMap(column, true);
    }

    /** "Threat!D12" for an xlsx sheet, "D12" for a CSV file. */
    String address(int row, int column) {
        String cell = RuleSheetParserUtil.rc2name(row, column);
        return sheetName == null || sheetName.isEmpty() ? cell : sheetName + "!" + cell;
    }
}
