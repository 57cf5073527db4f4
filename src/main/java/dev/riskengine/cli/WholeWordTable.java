package dev.riskengine.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * A help table that wraps text at spaces only. picocli wraps where java.text.BreakIterator allows a
 * line break, which includes after '.' and '/' inside a word, so "~/.cache" and "indicators.xlsx"
 * came out split across two lines. Here each value is cut at spaces into lines that fit before
 * picocli sees it; only a single word wider than its column is still cut by picocli.
 */
final class WholeWordTable extends TextTable {
    private final ColorScheme colorScheme;

    WholeWordTable(ColorScheme colorScheme, Column... columns) {
        super(colorScheme, copies(columns));
        this.colorScheme = colorScheme;
    }

    /** The same columns as {@code table}, which picocli made (and so knows their widths). */
    static WholeWordTable like(TextTable table, ColorScheme colorScheme) {
        WholeWordTable copy = new WholeWordTable(colorScheme, table.columns());
        copy.indentWrappedLines = table.indentWrappedLines;
        return copy;
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
        Column column = columns()[col];
        if (value == null || column.overflow != Column.Overflow.WRAP) {
            return super.putValue(row, col, value);
        }
        int firstWidth = column.width - column.indent;
        int nextWidth = firstWidth - indentWrappedLines;
        List<Text> lines = linesOf(value, firstWidth, nextWidth);
        Cell cell = super.putValue(row, col, lines.get(0));
        Text indent = colorScheme.ansi().new Text(" ".repeat(indentWrappedLines), colorScheme);
        for (Text line : lines.subList(1, lines.size())) {
            addEmptyRow();
            cell = super.putValue(rowCount() - 1, col, indent.concat(line));
        }
        return cell;
    }

    /** {@code value} cut at spaces into lines of at most the widths (a longer word stays whole). */
    private static List<Text> linesOf(Text value, int firstWidth, int nextWidth) {
        String plain = value.plainString();
        List<Text> lines = new ArrayList<>();
        int start = 0;
        int width = firstWidth;
        while (plain.length() - start > width) {
            int cut = plain.lastIndexOf(' ', start + width);
            if (cut <= start) { // one word wider than the column: keep it whole, up to the next space
                cut = plain.indexOf(' ', start + width);
                if (cut < 0) {
                    break;
                }
            }
            lines.add(value.substring(start, cut));
            start = cut;
            while (start < plain.length() && plain.charAt(start) == ' ') {
                start++;
            }
            width = nextWidth;
        }
        lines.add(value.substring(start, plain.length()));
        return lines;
    }

    private static Column[] copies(Column[] columns) {
        Column[] copies = new Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            copies[i] = new Column(columns[i].width, columns[i].indent, columns[i].overflow);
        }
        return copies;
    }
}
