package dev.riskengine.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A spreadsheet decision table ({@code *.drl.xlsx}, {@code *.drl.xls}, {@code *.drl.csv}) turned
 * into DRL by Drools' own decision-table compiler, together with the way back: Drools reports a
 * problem at a line of that generated DRL, which a table's author never sees, so every line is
 * mapped to the row it came from and, within the row, to the cell whose text the line or the
 * message holds. Like Drools, only the workbook's first sheet is read.
 */
final class DecisionTable {
    /** Drools writes this comment above each rule it generates, naming the row's first cell and the RuleTable cell. */
    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    /** Parser messages locate a token inside the line: "[ERR 102] Line 15:48 mismatched input". */
    private static final Pattern LINE_COLUMN = Pattern.compile("\\bLine (\\d+):(\\d+)");
    /** Drools' parser codes its errors "[ERR 102]"; compiler errors carry no such code. */
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\s*\\[ERR \\d+\\]");

    private final String drl;
    private final TableGrid grid;
    private final String[] lines;
    private final int[] ruleRowOfLine;      // 0-based sheet row of the rule a DRL line belongs to, -1 outside rules
    private final int[] headerRowOfLine;    // 0-based row of that rule's RuleTable cell
    private List<int[]> unparsableCells;     // {row, column} of the cells that keep the DRL from parsing, found on demand

    private DecisionTable(String drl, TableGrid grid) {
        this.drl = drl;
        this.grid = grid;
        this.lines = drl.split("\\R", -1);
        this.ruleRowOfLine = new int[lines.length + 1];
        this.headerRowOfLine = new int[lines.length + 1];
        int ruleRow = -1;
        int headerRow = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_VALUES.matcher(lines[i].trim());
            if (m.find()) {
                ruleRow = Integer.parseInt(m.group(2)) - 1;
                headerRow = Integer.parseInt(m.group(4)) - 1;
            }
            ruleRowOfLine[i + 1] = ruleRow;
            headerRowOfLine[i + 1] = headerRow;
        }
    }

    /** A table read before, from the DRL it generated and its cells (compiled rules read back from the cache). */
    static DecisionTable of(String drl, TableGrid grid) {
        return new DecisionTable(drl, grid);
    }

    /** Reads and compiles a table; a table Drools cannot read at all is reported as a {@link DecisionTableException}. */
    static DecisionTable read(Path file) throws DecisionTableException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DecisionTableException("cannot read the decision table: " + e.getMessage(), e);
        }
        Path key = file.toAbsolutePath().normalize();
        ReadBefore before = READ_BEFORE.get(key);
        if (before != null && Arrays.equals(before.bytes(), bytes)) {
            return before.table();
        }
        DecisionTable table = parse(file, bytes);
        if (READ_BEFORE.size() >= REMEMBERED_TABLES) {
            READ_BEFORE.clear();
        }
        READ_BEFORE.put(key, new ReadBefore(bytes, table));
        return table;
    }

    /** A table as its bytes were when it was last read, and what they gave. */
    private record ReadBefore(byte[] bytes, DecisionTable table) { }

    /**
     * The tables this JVM read, by path: {@code watch} recompiles every rule file on each save,
     * and reading a workbook through POI was a fifth of that compile for the sample's two tables
     * (a warm JVM). The same bytes give the same table, so a table whose bytes did not change is
     * not read again. Bounded, since tests read tables from many temporary folders.
     */
    private static final Map<Path, ReadBefore> READ_BEFORE = new ConcurrentHashMap<>();
    private static final int REMEMBERED_TABLES = 64;

    private static DecisionTable parse(Path file, byte[] bytes) throws DecisionTableException {
        InputType type = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        DefaultRuleSheetListener rules = new DefaultRuleSheetListener(true, true); // as SpreadsheetCompiler does
        TableGrid grid = new TableGrid();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            if (type == InputType.XLS) {
                // Opened here rather than by the parser, to learn the sheet's name for the cell addresses.
                try (Workbook workbook = WorkbookFactory.create(in)) {
                    grid.startSheet(workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetName(0));
                    new ExcelParser(List.of(rules, grid)).parseWorkbook(workbook);
                    if (workbook.getNumberOfSheets() > 0) {
                        markPercentCells(workbook.getSheetAt(0), grid);
                    }
                }
            } else {
                type.createParser(List.of(rules, grid)).parseFile(in);
            }
            return new DecisionTable(new SpreadsheetCompiler().listenerToString(rules), grid);
        } catch (IOException e) {
            throw new DecisionTableException("cannot read the decision table: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Drools' parse errors (a keyword without code, a missing RuleSet value) and POI's (not a workbook)
            throw new DecisionTableException("not a valid decision table: " + RuleFailures.rootMessage(e), e);
        }
    }

    /**
     * Notes the number cells with a % format: such a cell shows 20% while Drools puts the 0.2 it
     * holds into the rule, so a threshold typed as 20% compares with 0.2 ({@link NumericTableCells}
     * refuses it). In an indicator workbook a % cell reads as shown, which makes the slip likely.
     */
    private static void markPercentCells(Sheet sheet, TableGrid grid) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (type == CellType.NUMERIC && cell.getCellStyle().getDataFormatString().contains("%")) {
                    grid.percentFormatted(cell.getRowIndex(), cell.getColumnIndex(), formatter.formatCellValue(cell));
                }
            }
        }
    }

    /** The DRL Drools generates from the table: this, not the spreadsheet, is what gets compiled. */
    String drl() {
        return drl;
    }

    TableGrid grid() {
        return grid;
    }

    /**
     * The cell a problem reported at a line of the generated DRL comes from: the cell whose text
     * the message quotes, else the cell at the position the message names, else a cell whose text
     * the line holds, else the rule's name cell. Empty when the line is outside any rule and no
     * settings cell (RuleSet, Import) matches it.
     */
    Optional<String> cellOf(int line, String message) {
        if (line < 1 || line >= ruleRowOfLine.length) {
            return Optional.empty();
        }
        String lineText = lines[line - 1];
        int row = ruleRowOfLine[line];
        if (row < 0) {
            return settingsCell(lineText);
        }
        int headerRow = headerRowOfLine[line];
        List<Map.Entry<Integer, String>> valueCells = new ArrayList<>();
        Integer nameColumn = null;
        for (Map.Entry<Integer, String> cell : grid.row(row).entrySet()) {
            String keyword = grid.text(headerRow + 1, cell.getKey()).orElse("").toUpperCase(Locale.ROOT);
            if (keyword.equals("NAME") || keyword.equals("N")) {
                nameColumn = cell.getKey();
            } else if (!keyword.equals("DESCRIPTION") && !keyword.equals("I") && !keyword.isEmpty()) {
                valueCells.add(cell);
            }
        }
        Optional<Map.Entry<Integer, String>> quoted = valueCells.stream()
                .filter(c -> standsAlone(message, c.getValue()))
                .max(Comparator.comparingInt(c -> c.getValue().length()));
        if (quoted.isPresent()) {
            return Optional.of(grid.address(row, quoted.get().getKey()));
        }
        Matcher position = LINE_COLUMN.matcher(message);
        if (position.find()) {
            int at = Integer.parseInt(position.group(2));
            for (Map.Entry<Integer, String> cell : valueCells) {
                int start = lineText.indexOf(cell.getValue());
                if (start >= 0 && at >= start && at <= start + cell.getValue().length()) {
                    return Optional.of(grid.address(row, cell.getKey()));
                }
            }
        }
        for (Map.Entry<Integer, String> cell : valueCells) {
            if (standsAlone(lineText, cell.getValue())) {
                return Optional.of(grid.address(row, cell.getKey()));
            }
        }
        int fallbackColumn = nameColumn != null ? nameColumn : grid.row(row).keySet().stream().findFirst().orElse(0);
        return Optional.of(grid.address(row, fallbackColumn));
    }

    /** A problem at a line of the generated DRL, located at its cell when it has one. */
    RuleProblem problem(String file, int line, String drlMessage) {
        // Drools' own "[Line: 58, Column: 66]" points into the generated DRL, which the author never sees.
        // So does the parser's "Line 98:58": the cell is named instead.
        String message = drlMessage.replaceAll("\\s*\\[Line: \\d+, Column: \\d+\\]", "")
                .replaceAll("\\bLine \\d+:\\d+\\s+", "");
        Optional<String> cell = PARSER_ERROR.matcher(drlMessage).find() ? cellBreakingTheParse(line) : Optional.empty();
        if (cell.isPresent()) {
            message = "the text of this cell breaks the rule made from it; look for a stray quote or bracket (" + message + ")";
        } else {
            cell = line > 0 ? cellOf(line, drlMessage) : cellQuotedBy(message);
        }
        if (cell.isPresent()) {
            return new RuleProblem(file, Math.max(0, line), cell.get(), message);
        }
        return new RuleProblem(file, 0, line > 0 ? "generated rule line " + line + ": " + message : message);
    }

    /**
     * For a message without a usable line (Drools gives -1 for some expression errors): the rule
     * cell whose text the message quotes, the longest if several do.
     */
    Optional<String> cellQuotedBy(String message) {
        String best = null;
        int bestLength = 0;
        Set<Integer> seenRows = new HashSet<>();
        for (int line = 1; line < ruleRowOfLine.length; line++) {
            int row = ruleRowOfLine[line];
            if (row < 0 || !seenRows.add(row)) {
                continue;
            }
            int headerRow = headerRowOfLine[line];
            for (Map.Entry<Integer, String> cell : grid.row(row).entrySet()) {
                String keyword = grid.text(headerRow + 1, cell.getKey()).orElse("").toUpperCase(Locale.ROOT);
                boolean ruleValue = keyword.startsWith("CONDITION") || keyword.startsWith("ACTION")
                        || keyword.equals("C") || keyword.equals("A");
                if (ruleValue && cell.getValue().length() > bestLength && standsAlone(message, cell.getValue())) {
                    best = grid.address(row, cell.getKey());
                    bestLength = cell.getValue().length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * For a parser error: the cell whose text keeps the generated DRL from parsing. Drools copies a
     * cell's text into the DRL with its quotes escaped or not, so a quote can open a string that
     * runs on to a later rule or the end of the file, where the parser reports it; neither the
     * line nor the column then leads back to the cell. Instead each value cell is tried: the cell
     * without which Drools' own table compiler makes DRL with fewer parser errors is at fault.
     * When several are, the one in the error's rule, else the last one above it.
     */
    private Optional<String> cellBreakingTheParse(int line) {
        List<int[]> culprits = unparsableCells();
        if (culprits.isEmpty()) {
            return Optional.empty();
        }
        int row = line >= 1 && line < ruleRowOfLine.length ? ruleRowOfLine[line] : Integer.MAX_VALUE;
        int[] chosen = culprits.get(0);
        for (int[] culprit : culprits) {
            if (culprit[0] <= (row < 0 ? Integer.MAX_VALUE : row)) {
                chosen = culprit;
            }
        }
        return Optional.of(grid.address(chosen[0], chosen[1]));
    }

    private synchronized List<int[]> unparsableCells() {
        if (unparsableCells == null) {
            unparsableCells = new ArrayList<>();
            int errors = parserErrors(drl);
            if (errors > 0) {
                for (Map.Entry<Integer, Integer> rule : ruleRows().entrySet()) {
                    Set<Integer> values = valueColumns(rule.getKey(), rule.getValue());
                    if (parserErrors(drlWithout(rule.getKey(), values)) >= errors) {
                        continue; // the row is sound: spare trying its cells one by one
                    }
                    for (int column : values) {
                        if (parserErrors(drlWithout(rule.getKey(), Set.of(column))) < errors) {
                            unparsableCells.add(new int[] {rule.getKey(), column});
                        }
                    }
                }
            }
        }
        return unparsableCells;
    }

    /** The rule rows of the table, each with the row of its RuleTable cell, top to bottom. */
    private TreeMap<Integer, Integer> ruleRows() {
        TreeMap<Integer, Integer> headerOfRule = new TreeMap<>();
        for (int line = 1; line < ruleRowOfLine.length; line++) {
            if (ruleRowOfLine[line] >= 0) {
                headerOfRule.putIfAbsent(ruleRowOfLine[line], headerRowOfLine[line]);
            }
        }
        return headerOfRule;
    }

    /** The columns of a rule row under a CONDITION or ACTION keyword: the cells whose text goes into code. */
    private Set<Integer> valueColumns(int row, int headerRow) {
        Set<Integer> columns = new TreeSet<>();
        for (int column : grid.row(row).keySet()) {
            String keyword = grid.text(headerRow + 1, column).orElse("").toUpperCase(Locale.ROOT);
            if (keyword.startsWith("CONDITION") || keyword.startsWith("ACTION") || keyword.equals("C") || keyword.equals("A")) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The DRL Drools generates from this table with some cells of one row blank, or null when it generates none. */
    private String drlWithout(int row, Set<Integer> columns) {
        DefaultRuleSheetListener rules = new DefaultRuleSheetListener(true, true);
        try {
            grid.replayWithout(rules, row, columns);
            return new SpreadsheetCompiler().listenerToString(rules);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How many errors Drools' parser finds in a DRL text; a text that could not be generated counts as worst. */
    private static int parserErrors(String drl) {
        if (drl == null) {
            return Integer.MAX_VALUE;
        }
        DrlParser parser = new DrlParser();
        try {
            parser.parse(false, drl);
            return parser.getErrors().size();
        } catch (DroolsParserException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The cell name of the first cell of the rule a generated line belongs to, e.g. "Threat!B11", or empty. */
    Optional<String> ruleRowCell(int line) {
        if (line < 1 || line >= ruleRowOfLine.length || ruleRowOfLine[line] < 0) {
            return Optional.empty();
        }
        int row = ruleRowOfLine[line];
        return grid.row(row).keySet().stream().findFirst().map(column -> grid.address(row, column));
    }

    /** A RuleSet, Import or Functions value above the tables whose text is on the line. */
    private Optional<String> settingsCell(String lineText) {
        for (Map.Entry<Integer, TreeMap<Integer, String>> row : grid.rows().entrySet()) {
            for (Map.Entry<Integer, String> cell : row.getValue().entrySet()) {
                if (cell.getValue().length() > 2 && lineText.contains(cell.getValue())) {
                    return Optional.of(grid.address(row.getKey(), cell.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} holds {@code value} as a whole token, not as part of a longer word or number. */
    private static boolean standsAlone(String text, String value) {
        if (value.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(value) + "(?![\\w.])").matcher(text).find();
    }
}
