package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks a sheet as a table, in one pass from top to bottom (so a streamed sheet is never held
 * whole): finds the header row, checks its names, then hands each data row to the sheet's
 * reader. Analysts often put a title or a note above the table, so the header row is the first
 * of the top rows holding the sheet's first header (e.g. {@code ISO3}); failing that, the first
 * non-empty row is taken and its gaps reported. A data row whose headed cells are all blank is
 * skipped: analysts leave gaps between blocks of countries, and a gap is not a country.
 */
final class TableWalker {
    /** What a sheet reader does with the table. */
    @FunctionalInterface
    interface Table {
        /** The header row, once found holding every key column of the sheet's layout. */
        default void header(HeaderRow header) { }

        void row(HeaderRow header, SheetRow row);
    }

    private final ProblemCollector problems;

    TableWalker(ProblemCollector problems) {
        this.problems = problems;
    }

    /**
     * @return the header row, empty when the sheet has no non-empty row at all or its header row
     *     lacks a key column of the layout (each reported); then no data row was handed on
     */
    Optional<HeaderRow> walk(SheetSource sheet, SheetLayout layout, Table table) {
        Walk walk = new Walk(sheet.name(), layout, table);
        sheet.rows(walk::accept);
        walk.finish();
        return walk.wantRows ? Optional.of(walk.header) : Optional.empty();
    }

    private final class Walk {
        private final String sheetName;
        private final List<String> required;
        private final List<String> optional;
        private final List<LayoutColumn> keys;
        private final Table table;
        /** The top rows, kept until the header is found among them or they are passed. */
        private final List<SheetRow> topRows = new ArrayList<>();
        private HeaderRow header;
        /** The header's columns, kept since every data row is checked against them. */
        private List<Integer> headedColumns;
        private boolean wantRows;

        Walk(String sheetName, SheetLayout layout, Table table) {
            this.sheetName = sheetName;
            this.required = layout.required();
            this.optional = layout.optional();
            this.keys = layout.keys();
            this.table = table;
        }

        void accept(SheetRow row) {
            if (header == null) {
                if (row.index() < WorkbookLayout.HEADER_SEARCH_ROWS) {
                    if (holds(row, required.get(0))) {
                        decide(row);
                    } else {
                        topRows.add(row);
                    }
                    return;
                }
                fallBackToFirstNonEmptyTopRow();
                if (header == null) {
                    if (row.showsAnything()) {
                        decide(row);
                    }
                    return;
                }
            }
            data(row);
        }

        void finish() {
            if (header == null) {
                fallBackToFirstNonEmptyTopRow();
            }
            if (header == null) {
                problems.add(sheetName, "an empty sheet",
                        "a header row with " + String.join(", ", required) + optionalNote(optional));
            }
        }

        private void fallBackToFirstNonEmptyTopRow() {
            List<SheetRow> top = List.copyOf(topRows);
            topRows.clear();
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).showsAnything()) {
                    decide(top.get(i));
                    top.subList(i + 1, top.size()).forEach(this::data);
                    break;
                }
            }
        }

        private void decide(SheetRow row) {
            header = read(row);
            headedColumns = header.allColumns();
            for (String name : required) {
                if (!header.has(name)) {
                    problems.add(row.at(0).rowAddress(), "the headers " + listed(row), "a header " + quoted(name));
                }
            }
            wantRows = keys.stream().allMatch(header::has);
            if (wantRows) {
                table.header(header);
            }
            topRows.clear();
        }

        private void data(SheetRow row) {
            if (wantRows && row.index() > header.rowIndex() && !isEmpty(row)) {
                table.row(header, row);
            }
        }

        private boolean isEmpty(SheetRow row) {
            for (int column : headedColumns) {
                if (!row.cell(column).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private HeaderRow read(SheetRow row) {
            List<NameKey> fixed = new ArrayList<>();
            required.forEach(name -> fixed.add(NameKey.of(name)));
            optional.forEach(name -> fixed.add(NameKey.of(name)));
            Map<NameKey, Integer> known = new LinkedHashMap<>();
            List<HeaderRow.Column> others = new ArrayList<>();
            Map<NameKey, CellLocation> seen = new HashMap<>();
            List<Integer> repeated = new ArrayList<>();
            for (int column = 0; column < row.cells().size(); column++) {
                String name = row.cell(column).text();
                NameKey key = NameKey.of(name);
                CellLocation at = row.at(column);
                if (key.isBlank()) {
                    continue;
                }
                CellLocation first = seen.putIfAbsent(key, at);
                if (first != null) {
                    problems.add(at, quoted(name) + " a second time (first at " + first + ")", "each header once");
                    repeated.add(column);
                } else if (fixed.contains(key)) {
                    known.put(key, column);
                } else {
                    others.add(new HeaderRow.Column(column, NumberText.trim(name), at));
                }
            }
            // The readers ask for their columns in their own spelling, for every row.
            Map<String, Integer> bySpelling = new HashMap<>();
            for (List<String> names : List.of(required, optional)) {
                for (String name : names) {
                    Integer column = known.get(NameKey.of(name));
                    if (column != null) {
                        bySpelling.put(name, column);
                    }
                }
            }
            return new HeaderRow(row.index(), known, bySpelling, others, List.copyOf(repeated));
        }
    }

    private static boolean holds(SheetRow row, String header) {
        NameKey wanted = NameKey.of(header);
        return row.cells().stream().anyMatch(cell -> NameKey.of(cell.text()).equals(wanted));
    }

    private static String listed(SheetRow row) {
        return row.cells().stream().map(CellContent::text).filter(name -> !NameKey.of(name).isBlank())
                .map(name -> quoted(NumberText.trim(name))).collect(Collectors.joining(", "));
    }

    private static String optionalNote(List<String> optional) {
        return optional.isEmpty() ? "" : " (optionally " + String.join(", ", optional) + ")";
    }
}
