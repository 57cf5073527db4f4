package dev.riskengine.workbook;

import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.w3c.dom.Element;

/**
 * Turns POI cells into {@link CellContent}. Formulas use the result Excel or LibreOffice saved
 * with the file (that is what the analyst saw); only a formula saved without a result, as
 * written by some generators, is evaluated here.
 */
final class CellReader {
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter();
    private final SharedStrings strings;

    CellReader(Workbook workbook) {
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        this.strings = workbook instanceof XSSFWorkbook xssf ? xssf.getSharedStringSource() : null;
    }

    CellContent read(Sheet sheet, int rowIndex, int columnIndex) {
        CellLocation at = new CellLocation(sheet.getSheetName(), rowIndex, columnIndex);
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(columnIndex);
        if (cell == null) {
            return new CellContent.Blank(at);
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return hasSavedResult(cell) ? saved(cell, at) : evaluated(cell, at);
        }
        return plain(cell, cell.getCellType(), at);
    }

    private CellContent plain(Cell cell, CellType type, CellLocation at) {
        switch (type) {
            case NUMERIC:
                // An .xlsx number is read from its stored text, as the streaming walk reads it: POI
                // would give 0 for an empty <v/> and fail on INF.
                return cell instanceof XSSFCell xssf ? StoredValue.number(at, xssf.getCTCell().getV(), format(cell, at))
                        : StoredValue.number(at, cell.getNumericCellValue(), format(cell, at));
            case STRING:
                if (cell instanceof XSSFCell xssf && xssf.getCTCell().getT() == STCellType.S) {
                    // Looked up as the streaming walk does: a damaged index is a located problem, not "null".
                    return CellContent.text(at, StoredValue.sharedString(at, xssf.getCTCell().getV(), strings));
                }
                return CellContent.text(at, cell.getStringCellValue());
            case BOOLEAN:
                return new CellContent.Bool(at, cell instanceof XSSFCell xssf ? StoredValue.bool(xssf.getCTCell().getV())
                        : cell.getBooleanCellValue());
            case ERROR:
                String formula = cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : null;
                String code = cell instanceof XSSFCell xssf ? StoredValue.errorCode(xssf.getCTCell().getV())
                        : FormulaError.forInt(cell.getErrorCellValue()).getString();
                return new CellContent.ErrorValue(at, code, formula);
            default:
                return new CellContent.Blank(at);
        }
    }

    private CellContent saved(Cell cell, CellLocation at) {
        return plain(cell, cell.getCachedFormulaResultType(), at);
    }

    private CellContent evaluated(Cell cell, CellLocation at) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            // POI lacks some functions and cannot follow links to other files; say so, do not crash.
            return new CellContent.Unevaluated(at, cell.getCellFormula(), firstLine(e));
        }
        if (value == null) {
            return new CellContent.Blank(at);
        }
        switch (value.getCellType()) {
            case NUMERIC:
                return StoredValue.number(at, value.getNumberValue(), format(cell, at));
            case STRING:
                return CellContent.text(at, value.getStringValue());
            case BOOLEAN:
                return new CellContent.Bool(at, value.getBooleanValue());
            case ERROR:
                return new CellContent.ErrorValue(at, FormulaError.forInt(value.getErrorValue()).getString(),
                        cell.getCellFormula());
            default:
                return new CellContent.Blank(at);
        }
    }

    private CellNumberFormat format(Cell cell, CellLocation at) {
        try {
            CellStyle style = cell.getCellStyle();
            return style == null ? new CellNumberFormat((short) 0, null, formatter)
                    : new CellNumberFormat(style.getDataFormat(), style.getDataFormatString(), formatter);
        } catch (RuntimeException e) {
            throw damagedStyle(cell, at, e);
        }
    }

    /**
     * A style POI cannot look up (found by fuzzing: s="099999999999" overflows, an .xls format
     * index past the formats), said in the streaming walk's words for the same stored style.
     */
    private static UnreadableSheetException damagedStyle(Cell cell, CellLocation at, RuntimeException e) {
        String stored = storedAttribute(cell, "s"); // null in an .xls, whose cells POI does not show as stored
        return StoredValue.damagedStyle(at, stored == null ? "the cell's style" : "style " + StoredValue.styleIndex(at, stored), e);
    }

    /** An attribute of an .xlsx cell as the file stores it, even when POI cannot read it; null when absent. */
    static String storedAttribute(Cell cell, String name) {
        if (cell instanceof XSSFCell xssf && xssf.getCTCell().getDomNode() instanceof Element stored
                && stored.hasAttribute(name)) {
            return stored.getAttribute(name);
        }
        return null;
    }

    /** XLS files always store formula results; XLSX files written by scripts may leave them out or empty. */
    private static boolean hasSavedResult(Cell cell) {
        if (!(cell instanceof XSSFCell xssf)) {
            return true;
        }
        var stored = xssf.getCTCell();
        return StoredValue.formulaHasSavedResult(stored.isSetT() ? stored.getT().toString() : null,
                stored.isSetV() ? stored.getV() : null);
    }

    /** POI wraps the real reason (e.g. a function it cannot evaluate) in "Error evaluating cell"; show the innermost. */
    private static String firstLine(RuntimeException e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        if (innermost instanceof NotImplementedFunctionException function) {
            return "the function " + function.getFunctionName() + " is not supported here";
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return message.lines().findFirst().orElse("").trim();
    }
}
