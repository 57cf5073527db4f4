package dev.riskengine.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The data rows below a header row. A row whose headed cells are all blank is skipped: analysts
 * leave gaps between blocks of countries, and a gap is not a country with everything missing.
 */
final class SheetRows {
    private final CellReader cells;
    private final Sheet sheet;
    private final HeaderRow header;

    SheetRows(CellReader cells, Sheet sheet, HeaderRow header) {
        this.cells = cells;
        this.sheet = sheet;
        this.header = header;
    }

    List<Integer> dataRows() {
        List<Integer> rows = new ArrayList<>();
        for (int row = header.rowIndex() + 1; row <= sheet.getLastRowNum(); row++) {
            if (!isEmpty(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private boolean isEmpty(int row) {
        if (sheet.getRow(row) == null) {
            return true;
        }
        return header.allColumns().stream().allMatch(column -> cells.read(sheet, row, column).isBlank());
    }
}
