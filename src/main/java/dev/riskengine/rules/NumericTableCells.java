package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.riskengine.text.DecimalComma;

/**
 * Refuses a decision-table cell that looks like a number but is not one, where its column's code
 * uses the cell as a number ({@code double points = $param;}, {@code value >= $param}): "2,5"
 * typed with a decimal comma, "1.5." or "4pts". Drools turns such a cell into Java that does not
 * compile, and reports it in compiler words ("Syntax error on token "5", invalid
 * VariableDeclarator") at the rule's line, which a table's author only sees as the rule's name
 * cell; here it is one line at the cell itself, saying what a number looks like. A cell that does
 * not start like a number ({@code abc}, {@code $v / 100}) is left to Drools, whose message quotes it.
 * A number cell with a % format is refused too: it shows 20% where the rule reads 0.2.
 */
final class NumericTableCells {
    /** A column whose code puts the cell's text where Java expects a number: after a comparison, arithmetic or an assignment. */
    private static final Pattern NUMBER_SLOT = Pattern.compile("(?:[<>]=?|[!=]=|[-+*/]|(?<![<>!=])=)\\s*\\$param\\b");
    private static final String NUMBER = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?[dDfFlL]?";
    /** A number, or arithmetic on numbers ({@code 2 * 1.5}): what a cell starting like a number must be. */
    private static final Pattern NUMBER_EXPRESSION = Pattern.compile(NUMBER + "(?:\\s*[-+*/]\\s*" + NUMBER + ")*");
    private static final Pattern STARTS_LIKE_A_NUMBER = Pattern.compile("^[-+]?[\\d.]");
    /** "1,000": a thousands separator, or a decimal comma before three decimals; the author knows which. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+");

    List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            source.table().ifPresent(table -> check(source, table.grid(), problems));
        }
        return problems;
    }

    private static void check(RuleSource source, TableGrid grid, List<RuleProblem> problems) {
        for (TableGrid.RuleTable table : grid.ruleTables()) {
            checkTable(source, grid, table, problems);
        }
    }

    private static void checkTable(RuleSource source, TableGrid grid, TableGrid.RuleTable table, List<RuleProblem> problems) {
        Map<Integer, String> numberColumns = new TreeMap<>();
        for (Map.Entry<Integer, String> keyword : grid.rowFrom(table.row() + 1, table.column()).entrySet()) {
            String kind = keyword.getValue().toUpperCase(Locale.ROOT);
            boolean code = kind.equals("CONDITION") || kind.equals("C") || kind.equals("ACTION") || kind.equals("A");
            String snippet = grid.text(table.row() + 3, keyword.getKey()).orElse("");
            if (code && NUMBER_SLOT.matcher(withoutQuoted(snippet)).find()) {
                numberColumns.put(keyword.getKey(), snippet.strip());
            }
        }
        for (int row = table.row() + 5; !grid.rowFrom(row, table.column()).isEmpty(); row++) {
            for (Map.Entry<Integer, String> column : numberColumns.entrySet()) {
                String text = grid.text(row, column.getKey()).orElse("").strip();
                Optional<String> percent = grid.percentShown(row, column.getKey());
                if (percent.isPresent()) {
                    problems.add(new RuleProblem(source.file().relativePath(), 0, grid.address(row, column.getKey()),
                            "found " + percent.get() + ", a number shown with a % format: the rule reads the number the"
                                    + " cell holds, " + text + ", not " + percent.get() + " (the column's code is \""
                                    + column.getValue() + "\"), expected a number shown as the rule reads it: format"
                                    + " the cell as General and type the number meant (20 for twenty per cent)"));
                } else if (STARTS_LIKE_A_NUMBER.matcher(text).find() && !NUMBER_EXPRESSION.matcher(text).matches()) {
                    problems.add(new RuleProblem(source.file().relativePath(), 0, grid.address(row, column.getKey()),
                            "found \"" + text + "\", expected a number (the column's code is \"" + column.getValue()
                                    + "\"): " + advice(text)));
                }
            }
        }
    }

    private static String advice(String text) {
        if (DecimalComma.writes(text)) {
            return "write " + text.replace(',', '.') + " with a decimal point";
        }
        if (AMBIGUOUS_COMMA.matcher(text).matches()) {
            // Drools reads a number cell as shown: 1000 formatted #,##0 reaches it as "1,000" too.
            String whole = "write " + text.replace(",", "") + " without thousands separators (a number cell"
                    + " formatted to show them reads the same: format it as General)";
            return text.indexOf(',') == text.lastIndexOf(',') ? whole + ", or " + text.replace(',', '.') + " if the comma marks decimals" : whole;
        }
        return "write digits with a decimal point, such as 2.5, without thousands separators or units";
    }

    /** The code without its string literals: {@code "$param"} in a reason's text is text, not a number. */
    private static String withoutQuoted(String code) {
        return code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
