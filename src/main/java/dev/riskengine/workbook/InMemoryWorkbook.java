package dev.riskengine.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;

/** A workbook loaded whole with POI's usermodel: .xlsx and .xls, and formulas evaluated when no result was saved. */
final class InMemoryWorkbook implements WorkbookSource {
    private final Workbook workbook;
    private final CellReader cells;

    InMemoryWorkbook(Workbook workbook) {
        this.workbook = workbook;
        this.cells = new CellReader(workbook);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Override
    public SheetSource sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        return new SheetSource() {
            @Override public String name() { return sheet.getSheetName(); }

            @Override public void rows(Consumer<SheetRow> each) {
                // Row by row as stored (in order), not by index: a row far down must not cost a loop to reach.
                for (Row row : sheet) {
                    int r = row.getRowNum();
                    checkPlaces(row);
                    List<CellContent> contents = new ArrayList<>(Math.max(0, row.getLastCellNum()));
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        contents.add(readCell(r, c));
                    }
                    each.accept(new SheetRow(sheet.getSheetName(), r, contents));
                }
            }

            /**
             * POI keeps a cell beyond Excel's grid, but counts a row's cells in a short: one far
             * enough out (column 32,768 on) would drop the whole row unseen. So each cell is checked by its own index.
             */
            private void checkPlaces(Row row) {
                row.cellIterator().forEachRemaining(cell -> CellBeyondExcelLimitsException.checkPlace(
                        new CellLocation(sheet.getSheetName(), cell.getRowIndex(), storedColumn(cell))));
            }

            @Override public List<CellRangeAddress> mergedRegions() {
                return sheet.getMergedRegions();
            }

            /**
             * POI checks an .xlsx cell's XML only when the cell is read: a damaged attribute (found
             * by fuzzing: t="os") is then an unreadable sheet, as it is when streamed.
             */
            private CellContent readCell(int r, int c) {
                try {
                    return cells.read(sheet, r, c);
                } catch (XmlValueOutOfRangeException e) {
                    throw new UnreadableSheetException(sheet.getSheetName(), e);
                }
            }
        };
    }

    /** An .xlsx cell's column from its own reference: POI keeps columns in a short, which wraps round beyond 32,767. */
    private static int storedColumn(Cell cell) {
        return cell instanceof XSSFCell xssf && xssf.getCTCell().isSetR()
                ? CellLocation.column(xssf.getCTCell().getR()) : cell.getColumnIndex();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // Opened read-only, so closing writes nothing: a failure here loses no data and changes no result.
        }
    }
}
