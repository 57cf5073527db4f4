package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gaps and overlaps between the numeric ranges of a decision table's rows. A range is a
 * pair of CONDITION columns on the same expression, one a lower bound ({@code value >= $param}
 * or {@code >}) and one an upper bound ({@code value < $param} or {@code <=}); a blank bound is
 * open. Rows are compared within the same values of the table's other conditions (e.g. per
 * indicator code), so the tiers of one indicator must join up: a value that falls between two
 * tiers scores nothing, and a value in two tiers scores twice. Below the lowest tier and above the
 * highest nothing is expected.
 */
final class TableRangeCheck {
    private static final Pattern BOUND = Pattern.compile("^(.*?)\\s*(>=|<=|>|<)\\s*\\$param\\s*$");

    /** One side of a range column: the expression it bounds and how. */
    private record Bound(String expression, String operator) {
        boolean lower() { return operator.startsWith(">"); }
        boolean inclusive() { return operator.endsWith("="); }
    }

    /** A row's range on one expression; infinite ends are open. */
    private record Range(String rule, int row, int lowerColumn, double low, boolean lowInclusive,
                         double high, boolean highInclusive) { }

    List<RuleProblem> check(RuleSource source) {
        if (source.table().isEmpty()) {
            return List.of();
        }
        TableGrid grid = source.table().get().grid();
        List<RuleProblem> findings = new ArrayList<>();
        for (TableGrid.RuleTable table : grid.ruleTables()) {
            checkTable(source, grid, table.row(), table.column(), table.name(), findings);
        }
        return findings;
    }

    private static void checkTable(RuleSource source, TableGrid grid, int headerRow, int startColumn, String tableName,
                                   List<RuleProblem> findings) {
        Map<Integer, Bound> bounds = new TreeMap<>();
        List<Integer> otherConditions = new ArrayList<>();
        Integer nameColumn = null;
        for (Map.Entry<Integer, String> keyword : grid.row(headerRow + 1).entrySet()) {
            int column = keyword.getKey();
            String kind = keyword.getValue().toUpperCase(Locale.ROOT);
            if (column < startColumn) {
                continue;
            }
            if (kind.equals("NAME") || kind.equals("N")) {
                nameColumn = column;
            } else if (kind.equals("CONDITION") || kind.equals("C")) {
                Matcher m = BOUND.matcher(grid.text(headerRow + 3, column).orElse(""));
                if (m.matches()) {
                    bounds.put(column, new Bound(m.group(1).trim(), m.group(2)));
                } else {
                    otherConditions.add(column);
                }
            }
        }
        Map<String, List<Integer>> columnsByExpression = new LinkedHashMap<>();
        bounds.forEach((column, bound) -> columnsByExpression.computeIfAbsent(bound.expression(), e -> new ArrayList<>()).add(column));

        for (Map.Entry<String, List<Integer>> expression : columnsByExpression.entrySet()) {
            Map<String, List<Range>> groups = new LinkedHashMap<>();
            for (int row = headerRow + 5; !grid.rowFrom(row, startColumn).isEmpty(); row++) {
                Range range = rangeOf(grid, row, expression.getValue(), bounds, nameColumn);
                if (range != null) {
                    StringBuilder key = new StringBuilder();
                    for (int column : otherConditions) {
                        key.append(key.length() == 0 ? "" : ", ").append(grid.text(row, column).orElse("any"));
                    }
                    groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(range);
                }
            }
            groups.forEach((key, ranges) -> compare(source, grid, tableName, expression.getKey(), key, ranges, findings));
        }
    }

    /** The row's range on the expression, or null when a bound is not a plain number (Drools reports what it makes of it). */
    private static Range rangeOf(TableGrid grid, int row, List<Integer> columns, Map<Integer, Bound> bounds, Integer nameColumn) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        boolean lowInclusive = false;
        boolean highInclusive = false;
        int lowerColumn = columns.get(0);
        for (int column : columns) {
            String text = grid.text(row, column).orElse(null);
            if (text == null) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
            Bound bound = bounds.get(column);
            if (bound.lower() && value > low) {
                low = value;
                lowInclusive = bound.inclusive();
                lowerColumn = column;
            } else if (!bound.lower() && value < high) {
                high = value;
                highInclusive = bound.inclusive();
            }
        }
        String rule = nameColumn == null ? null : grid.text(row, nameColumn).orElse(null);
        return new Range(rule == null ? "row " + (row + 1) : "\"" + rule + "\"", row, lowerColumn, low, lowInclusive,
                high, highInclusive);
    }

    private static void compare(RuleSource source, TableGrid grid, String table, String expression, String key,
                                List<Range> ranges, List<RuleProblem> findings) {
        String what = "table \"" + table + "\"" + (key.isEmpty() ? "" : ", " + key) + ": ";
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingDouble(Range::low).thenComparing(r -> !r.lowInclusive()));
        for (Range r : sorted) {
            if (r.low() > r.high() || (r.low() == r.high() && !(r.lowInclusive() && r.highInclusive()))) {
                findings.add(finding(source, grid, r, what + r.rule() + " covers no " + expression + " at all (from "
                        + number(r.low()) + " is not below " + number(r.high()) + ")"));
            }
        }
        Range reach = null;
        for (Range next : sorted) {
            if (reach != null) {
                boolean touching = reach.high() == next.low();
                if (reach.high() < next.low() || (touching && !reach.highInclusive() && !next.lowInclusive())) {
                    findings.add(finding(source, grid, next, what + "gap: no row covers " + expression + " from "
                            + number(reach.high()) + " to " + number(next.low()) + " (between " + reach.rule() + " and "
                            + next.rule() + ")"));
                } else if (reach.high() > next.low() || (touching && reach.highInclusive() && next.lowInclusive())) {
                    findings.add(finding(source, grid, next, what + "overlap: " + reach.rule() + " and " + next.rule()
                            + " both cover " + expression + " from " + number(next.low()) + " to "
                            + number(Math.min(reach.high(), next.high()))));
                }
            }
            if (reach == null || next.high() > reach.high() || (next.high() == reach.high() && next.highInclusive())) {
                reach = next;
            }
        }
    }

    private static RuleProblem finding(RuleSource source, TableGrid grid, Range range, String message) {
        return new RuleProblem(source.file().relativePath(), 0, grid.address(range.row(), range.lowerColumn()), message);
    }

    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "minus infinity";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.valueOf(value);
    }
}
