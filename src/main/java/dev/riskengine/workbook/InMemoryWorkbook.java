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
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;

/** A workbook loaded whole with POI's usermodel: .xlsx and .xls, and formulas evaluated when no result was saved. */
final class InMemoryWorkbook implements WorkbookSource {
    private final Workbook workbook;
    private final CellReader cells;
    private final List<String> sheetNames = new ArrayList<>();

    /**
     * Lists the sheets once, here, so that a damaged list fails the opening of the file (found by
     * fuzzing: an .xls whose sheet records POI cannot name threw IndexOutOfBoundsException).
     *
     * @throws UnreadableSheetException when a sheet holds a row past Excel's last (found by
     *         fuzzing: r="2147483648"), which POI's formula evaluator would size a table by; the
     *         opener then reads the file streamed, which names the row where the engine reads it
     */
    InMemoryWorkbook(Workbook workbook) {
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() > CellBeyondExcelLimitsException.LAST_ROW) {
                throw UnreadableSheetException.inSheet(sheet.getSheetName(), "sheet \"" + sheet.getSheetName()
                        + "\" has a row past Excel's last row, " + CellBeyondExcelLimitsException.ROWS);
            }
            sheetNames.add(sheet.getSheetName());
        }
        this.workbook = workbook;
        this.cells = new CellReader(workbook);
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public boolean hidden(String name) {
        int index = workbook.getSheetIndex(name);
        return index >= 0 && (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index));
    }

    @Override
    public SheetSource sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        return new SheetSource() {
            @Override public String name() { return sheet.getSheetName(); }

            /** Only the rows the file holds, in order (counting up to the last row met a row 2^31). */
            @Override public void rows(Consumer<SheetRow> each) {
                for (Row row : sheet) {
                    int r = rowIndex(row);
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

            /** An .xlsx row number as stored, checked as the streaming walk checks it. */
            private int rowIndex(Row row) {
                if (row instanceof XSSFRow xssf && xssf.getCTRow().isSetR()) {
                    return StoredValue.rowIndex(sheet.getSheetName(), Long.toString(xssf.getCTRow().getR()));
                }
                return row.getRowNum();
            }

            @Override public List<CellRangeAddress> mergedRegions() {
                return sheet.getMergedRegions();
            }

            /**
             * POI checks an .xlsx cell's XML only when the cell is read: a damaged attribute (found
             * by fuzzing: t="os") is then a damaged cell, said as the streaming walk says it.
             */
            private CellContent readCell(int r, int c) {
                try {
                    return cells.read(sheet, r, c);
                } catch (XmlValueOutOfRangeException e) {
                    throw damaged(new CellLocation(sheet.getSheetName(), r, c), e);
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

    /** Which stored attribute of the cell POI could not read, in the streaming walk's words. */
    private UnreadableSheetException damaged(CellLocation at, XmlValueOutOfRangeException e) {
        Cell cell = workbook.getSheet(at.sheet()).getRow(at.row()).getCell(at.column());
        String type = CellReader.storedAttribute(cell, "t");
        if (!StoredValue.knownType(type)) {
            return StoredValue.unknownType(at, type);
        }
        String style = CellReader.storedAttribute(cell, "s");
        if (style != null) {
            StoredValue.styleIndex(at, style); // throws when the style is the damage
        }
        return UnreadableSheetException.atCell(at, UnreadableSheetException.firstLine(e));
    }
}
