package dev.riskengine.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML of one worksheet ({@code <row><c r="C7" s="3" t="s"><f/><v/></c>}) into {@link
 * SheetRow}s of {@link CellContent}, exactly as {@link CellReader} reads the same cells from the
 * usermodel: the raw number with its format (for percentages and the text Excel shows), strings
 * from the shared table or inline, saved formula results, error codes with their formula.
 * POI's own XSSFSheetXMLHandler hands on formatted text only (a number, TRUE and the text "TRUE"
 * look alike, a formula error loses its formula), which would make the two walks disagree.
 * Only one row is held at a time.
 */
final class StreamingSheetHandler extends DefaultHandler {
    static final String NOT_EVALUATED = "a large or partly damaged workbook is streamed, and formulas are not evaluated then";
    private static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final String sheetName;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final DataFormatter formatter;
    private final Consumer<SheetRow> each;
    private final Consumer<CellRangeAddress> merged;
    private final Map<Integer, CellNumberFormat> formats = new HashMap<>();

    private int rowIndex = -1;
    private List<CellContent> rowCells;
    private int column;
    /** The cell being read; null between rows, where a cell is ignored. */
    private CellLocation at;
    private String type;
    private int styleIndex;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineString;
    private boolean inPhonetic;
    private boolean sawValue;
    private boolean sawFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();

    StreamingSheetHandler(String sheetName, SharedStrings strings, StylesTable styles, DataFormatter formatter,
                          Consumer<SheetRow> each, Consumer<CellRangeAddress> merged) {
        this.sheetName = sheetName;
        this.strings = strings;
        this.styles = styles;
        this.formatter = formatter;
        this.each = each;
        this.merged = merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!MAIN_NAMESPACE.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowIndex = r != null ? StoredValue.rowIndex(sheetName, r) : rowIndex + 1;
                rowCells = new ArrayList<>();
            }
            case "c" -> {
                if (rowCells == null) {
                    return; // a cell outside any row (found by fuzzing): the usermodel ignores it too
                }
                String r = attributes.getValue("r");
                column = r != null ? cellColumn(r) : rowCells.size();
                at = new CellLocation(sheetName, rowIndex, column);
                // before the row is padded with blanks up to the column: a far one would fill memory
                CellBeyondExcelLimitsException.checkPlace(at);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                styleIndex = s == null ? 0 : StoredValue.styleIndex(at, s);
                value.setLength(0);
                formula.setLength(0);
                sawValue = false;
                sawFormula = false;
            }
            case "v" -> {
                inValue = true;
                sawValue = true;
            }
            case "f" -> {
                inFormula = true;
                sawFormula = true;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> mergedRange(attributes.getValue("ref"));
            case "t" -> inValue = inInlineString && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!MAIN_NAMESPACE.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "f" -> inFormula = false;
            case "is" -> {
                inInlineString = false;
                sawValue = true;
            }
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (rowCells == null) {
                    return;
                }
                while (rowCells.size() < column) {
                    rowCells.add(new CellContent.Blank(new CellLocation(sheetName, rowIndex, rowCells.size())));
                }
                rowCells.add(cell(at));
            }
            case "row" -> {
                if (rowCells != null) {
                    each.accept(new SheetRow(sheetName, rowIndex, Collections.unmodifiableList(rowCells)));
                }
                rowCells = null;
                at = null;
            }
            default -> { }
        }
    }

    /** Text is checked against Excel's cell limit as it arrives, so a cell of gigabytes is never held. */
    @Override
    public void characters(char[] ch, int start, int length) {
        if (at == null) {
            return; // text of a cell outside any row, which is ignored
        }
        if (inValue) {
            CellBeyondExcelLimitsException.checkLength(at, (long) value.length() + length);
            value.append(ch, start, length);
        } else if (inFormula) {
            CellBeyondExcelLimitsException.checkLength(at, (long) formula.length() + length);
            formula.append(ch, start, length);
        }
    }

    private CellContent cell(CellLocation at) {
        if (sawFormula && !StoredValue.formulaHasSavedResult(type, sawValue ? value.toString() : null)) {
            return new CellContent.Unevaluated(at, formula.toString(), NOT_EVALUATED);
        }
        if (!sawValue) {
            return new CellContent.Blank(at);
        }
        String text = value.toString();
        if (type == null || type.equals("n")) {
            return numeric(text, at);
        }
        switch (type) {
            case "s":
                return CellContent.text(at, StoredValue.sharedString(at, text, strings));
            case "str":
            case "inlineStr":
                return CellContent.text(at, text);
            case "b":
                return new CellContent.Bool(at, StoredValue.bool(text));
            case "e":
                return new CellContent.ErrorValue(at, StoredValue.errorCode(text), sawFormula ? formula.toString() : null);
            case "d":
                return numeric(text, at);
            default:
                throw StoredValue.unknownType(at, type);
        }
    }

    private CellContent numeric(String text, CellLocation at) {
        return text.isBlank() ? new CellContent.Blank(at) : StoredValue.number(at, text, format(styleIndex, at));
    }

    /** The number format of a cell style, looked up once per style rather than once per cell. */
    private CellNumberFormat format(int style, CellLocation at) {
        CellNumberFormat known = formats.get(style);
        if (known != null) {
            return known;
        }
        CellNumberFormat format;
        try {
            XSSFCellStyle found = styles != null && styles.getNumCellStyles() > 0 ? styles.getStyleAt(style) : null;
            format = found == null ? new CellNumberFormat((short) 0, null, formatter)
                    : new CellNumberFormat(found.getDataFormat(), found.getDataFormatString(), formatter);
        } catch (RuntimeException e) {
            throw StoredValue.damagedStyle(at, "style " + style, e); // found by fuzzing: xfId="g0" in styles.xml
        }
        formats.put(style, format);
        return format;
    }

    /** A merged range such as {@code C1:D1}; one POI cannot read is left out, as the usermodel drops it. */
    private void mergedRange(String ref) {
        if (ref == null) {
            return;
        }
        try {
            merged.accept(CellRangeAddress.valueOf(ref));
        } catch (RuntimeException e) {
            // A damaged merge does not change any cell's value; the cells themselves are still read.
        }
    }


    /** A cell reference POI cannot parse (found by fuzzing: r="B-1"; r="K12n") makes its row unreadable. */
    private int cellColumn(String reference) {
        try {
            return CellLocation.column(reference);
        } catch (IllegalArgumentException e) {
            throw UnreadableSheetException.atRow(new CellLocation(sheetName, rowIndex, 0),
                    "cell reference \"" + reference + "\" is not valid");
        }
    }
}
