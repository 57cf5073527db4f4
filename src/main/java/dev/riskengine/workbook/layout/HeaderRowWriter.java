package dev.riskengine.workbook.layout;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the header row of a standard sheet the engine creates (template, generate, a new Sources
 * sheet of an import, the sample workbook): the headers in order at the top, and a note on a header.
 */
public final class HeaderRowWriter {
    /** Who the notes on headers are from. */
    static final String NOTE_AUTHOR = "Country Risk Engine";
    /** How many columns a note's box spans. */
    private static final int NOTE_COLUMNS = 4;

    private HeaderRowWriter() { }

    /** The headers in the first row, each cell in {@code style} (left as it is when null). */
    public static Row write(Sheet sheet, List<String> headers, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    /** A note (cell comment) explaining a header, its box from {@code firstRow} to {@code lastRow}. */
    public static void note(Cell header, String text, int firstRow, int lastRow) {
        CreationHelper factory = header.getSheet().getWorkbook().getCreationHelper();
        Drawing<?> drawing = header.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(header.getColumnIndex());
        anchor.setCol2(header.getColumnIndex() + NOTE_COLUMNS);
        anchor.setRow1(firstRow);
        anchor.setRow2(lastRow);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(NOTE_AUTHOR);
        header.setCellComment(comment);
    }
}
