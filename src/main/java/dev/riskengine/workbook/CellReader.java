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
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns POI cells into {@link CellContent}. Formulas use the result Excel or LibreOffice saved
 * with the file (that is what the analyst saw); only a formula saved without a result, as
 * written by some generators, is evaluated here.
 */
final class CellReader {
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter();

    CellReader(Workbook workbook) {
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
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
                return cell instanceof XSSFCell xssf ? StoredValue.number(at, xssf.getCTCell().getV(), format(cell))
                        : StoredValue.number(at, cell.getNumericCellValue(), format(cell));
            case STRING:
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
                return StoredValue.number(at, value.getNumberValue(), format(cell));
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

    private CellNumberFormat format(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return style == null ? new CellNumberFormat((short) 0, null, formatter)
                : new CellNumberFormat(style.getDataFormat(), style.getDataFormatString(), formatter);
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
