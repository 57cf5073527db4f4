package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Finds a sheet's header row and checks its names. Analysts often put a title or a note above
 * the table, so the header row is the first of the top rows holding the sheet's first header
 * (e.g. {@code ISO3}); failing that, the first non-empty row is taken and its gaps reported.
 */
final class HeaderLocator {
    /** How far down a title block may push the header row. */
    static final int SEARCH_ROWS = 10;

    private final CellReader cells;
    private final ProblemCollector problems;

    HeaderLocator(CellReader cells, ProblemCollector problems) {
        this.cells = cells;
        this.problems = problems;
    }

    /**
     * Reports missing required headers and repeated headers. Empty when the sheet has no
     * non-empty row to take as a header at all.
     */
    Optional<HeaderRow> locate(Sheet sheet, List<String> required, List<String> optional) {
        Optional<Integer> rowIndex = rowHolding(sheet, required.get(0)).or(() -> firstNonEmptyRow(sheet));
        if (rowIndex.isEmpty()) {
            problems.add(sheet.getSheetName(), "an empty sheet",
                    "a header row with " + String.join(", ", required) + optionalNote(optional));
            return Optional.empty();
        }
        HeaderRow header = read(sheet, rowIndex.get(), required, optional);
        for (String name : required) {
            if (!header.has(name)) {
                problems.add(new CellLocation(sheet.getSheetName(), rowIndex.get(), 0).rowAddress(),
                        "the headers " + listed(sheet, rowIndex.get()), "a header " + quoted(name));
            }
        }
        return Optional.of(header);
    }

    private HeaderRow read(Sheet sheet, int rowIndex, List<String> required, List<String> optional) {
        List<NameKey> fixed = new ArrayList<>();
        required.forEach(name -> fixed.add(NameKey.of(name)));
        optional.forEach(name -> fixed.add(NameKey.of(name)));
        Map<NameKey, Integer> known = new LinkedHashMap<>();
        List<HeaderRow.Column> others = new ArrayList<>();
        Map<NameKey, CellLocation> seen = new HashMap<>();
        Row row = sheet.getRow(rowIndex);
        for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
            String name = cells.text(sheet, rowIndex, column);
            NameKey key = NameKey.of(name);
            CellLocation at = new CellLocation(sheet.getSheetName(), rowIndex, column);
            if (key.isBlank()) {
                continue;
            }
            CellLocation first = seen.putIfAbsent(key, at);
            if (first != null) {
                problems.add(at, quoted(name) + " a second time (first at " + first + ")", "each header once");
            } else if (fixed.contains(key)) {
                known.put(key, column);
            } else {
                others.add(new HeaderRow.Column(column, NumberText.trim(name), at));
            }
        }
        return new HeaderRow(rowIndex, known, others);
    }

    private Optional<Integer> rowHolding(Sheet sheet, String header) {
        NameKey wanted = NameKey.of(header);
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS - 1);
        for (int rowIndex = 0; rowIndex <= last; rowIndex++) {
            Row row = sheet.getRow(rowIndex);
            for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
                if (NameKey.of(cells.text(sheet, rowIndex, column)).equals(wanted)) {
                    return Optional.of(rowIndex);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> firstNonEmptyRow(Sheet sheet) {
        for (int rowIndex = 0; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            if (!listed(sheet, rowIndex).isEmpty()) {
                return Optional.of(rowIndex);
            }
        }
        return Optional.empty();
    }

    private String listed(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        List<String> names = new ArrayList<>();
        for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
            String name = cells.text(sheet, rowIndex, column);
            if (!NameKey.of(name).isBlank()) {
                names.add(quoted(NumberText.trim(name)));
            }
        }
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String optionalNote(List<String> optional) {
        return optional.isEmpty() ? "" : " (optionally " + String.join(", ", optional) + ")";
    }
}
