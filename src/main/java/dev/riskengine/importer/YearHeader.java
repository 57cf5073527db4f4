package dev.riskengine.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The header row of a wide table: the first row holding a "Country" cell and year columns
 * (whole numbers 1900-2100). Sources put titles and notes above it, so it is searched for, not
 * assumed.
 */
record YearHeader(int row, int countryColumn, Map<Integer, Integer> yearsByColumn) {
    static final int SEARCH_ROWS = 40;

    YearHeader {
        yearsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(yearsByColumn));
    }

    static Optional<YearHeader> locate(Sheet sheet, String countryHeader, SourceCell cells) {
        String wanted = CountryNames.key(countryHeader);
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS - 1);
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Integer countryColumn = null;
            Map<Integer, Integer> years = new LinkedHashMap<>();
            for (Cell cell : row) {
                String text = cells.text(cell);
                if (countryColumn == null && CountryNames.key(text).equals(wanted)) {
                    countryColumn = cell.getColumnIndex();
                } else if (text.matches("(19|20)\\d\\d(\\.0)?")) {
                    years.put(cell.getColumnIndex(), (int) Double.parseDouble(text));
                }
            }
            if (countryColumn != null && !years.isEmpty()) {
                return Optional.of(new YearHeader(r, countryColumn, years));
            }
        }
        return Optional.empty();
    }

    int firstYear() {
        return yearsByColumn.values().stream().min(Integer::compare).orElse(0);
    }

    int lastYear() {
        return yearsByColumn.values().stream().max(Integer::compare).orElse(0);
    }
}
