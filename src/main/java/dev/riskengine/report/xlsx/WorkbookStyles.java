package dev.riskengine.report.xlsx;

import dev.riskengine.report.BandColour;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of summary.xlsx, created once per workbook: Excel allows only about 64,000
 * styles, so a style per cell would break on a big run.
 */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle link;
    private final CellStyle wrapped;
    private final CellStyle uprightHeader;
    private final CellStyle numberHeader;
    private final CellStyle integer;
    private final CellStyle score;
    private final CellStyle points;
    private final CellStyle percent;
    private final Map<Integer, CellStyle> bands = new HashMap<>();
    private final Map<Integer, CellStyle> bandScores = new HashMap<>();
    private final Map<Short, CellStyle> quoted = new HashMap<>();
    private final Map<Short, CellStyle> wrapping = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        // Headers wrap at their spaces, so "Change since 2015" does not widen its column of numbers.
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        // A column of numbers has its header over its figures, at the right.
        numberHeader = workbook.createCellStyle();
        numberHeader.cloneStyleFrom(header);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        numberHeader.setIndention((short) 1);

        // A header turned to read upwards, above a narrow column of numbers.
        uprightHeader = workbook.createCellStyle();
        uprightHeader.cloneStyleFrom(header);
        uprightHeader.setRotation((short) 90);
        uprightHeader.setVerticalAlignment(VerticalAlignment.BOTTOM);
        // Set against the right edge, above the right-aligned numbers; not wrapped, the row is made tall enough.
        uprightHeader.setAlignment(HorizontalAlignment.RIGHT);
        uprightHeader.setIndention((short) 1);
        uprightHeader.setWrapText(false);

        // Text is indented by one character, so that it never runs into a right-aligned number in
        // the column before it ("83%fighters_abroad" printed as one word).
        text = workbook.createCellStyle();
        text.setIndention((short) 1);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        XSSFFont linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}));
        link = workbook.createCellStyle();
        link.setFont(linkFont);
        link.setIndention((short) 1);
        link.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setIndention((short) 1);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        integer = numberStyle("0");
        score = numberStyle("0.0");
        points = numberStyle("+0.0;-0.0;0.0");
        percent = numberStyle("0%");
    }

    CellStyle title() { return title; }
    CellStyle header() { return header; }
    CellStyle uprightHeader() { return uprightHeader; }
    CellStyle numberHeader() { return numberHeader; }
    CellStyle text() { return text; }
    CellStyle link() { return link; }
    CellStyle integer() { return integer; }
    CellStyle score() { return score; }
    CellStyle points() { return points; }
    CellStyle percent() { return percent; }

    /** Fill in the band's colour with a text colour that reads on it. */
    CellStyle band(int level) {
        // Every level outside the palette shares the grey style.
        int key = level >= 1 && level <= BandColour.levels() ? level : 0;
        return bands.computeIfAbsent(key, k -> {
            BandColour colour = BandColour.forLevel(level);
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setColor(new XSSFColor(colour.textRgb()));
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(new XSSFColor(colour.fillRgb()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A score (0.0) on its band's fill, for the Trend sheet. */
    CellStyle bandScore(int level) {
        int key = level >= 1 && level <= BandColour.levels() ? level : 0;
        return bandScores.computeIfAbsent(key, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(band(level));
            style.setDataFormat(score.getDataFormat());
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    /**
     * The same style with Excel's quote prefix: the cell is text already, but the prefix keeps
     * Excel from turning "=..." or "+1" into a formula when someone edits the cell and presses Enter.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** The style, wrapping its text. */
    CellStyle wrapping(CellStyle base) {
        if (base == text) {
            return wrapped;
        }
        return wrapping.computeIfAbsent(base.getIndex(), k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setWrapText(true);
            return style;
        });
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        // Top, as text is: a row that wraps a long list keeps its figures on its first line.
        style.setVerticalAlignment(VerticalAlignment.TOP);
        // Right-aligned one character in from the edge, so that a figure never reads as the first word
        // of the text beside it ("+3.0 422 terrorist attacks").
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setIndention((short) 1);
        return style;
    }
}
