package dev.riskengine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A copy of the shipped rules in a temporary folder, for tests that break a file on purpose. */
public final class RulesFolder {
    private final Path dir;

    private RulesFolder(Path dir) {
        this.dir = dir;
    }

    public static RulesFolder copyOfShipped(Path temp) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return new RulesFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    public RulesFolder write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return this;
    }

    /**
     * Sets a cell of a decision table's first sheet: the row whose column B holds {@code rule}
     * (the rule's name), the column by its letter. Returns the cell's address, e.g. "Threat!F33".
     */
    public String setTableCell(String table, String rule, char column, String value) throws IOException {
        return editTableCell(table, rule, column, (wb, cell) -> {
            if (value.matches("-?\\d+(\\.\\d+)?")) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value);
            }
        });
    }

    /** Sets a rule's cell in a table to a number shown in the given format (e.g. 0.2 shown as 20% by "0%"). */
    public String setTableCellFormatted(String table, String rule, char column, double value, String format)
            throws IOException {
        return editTableCell(table, rule, column, (wb, cell) -> {
            cell.setCellValue(value);
            org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            cell.setCellStyle(style);
        });
    }

    /** Edits the cell in the given column of the row whose Name cell (column B) is the rule, saves, and gives its address. */
    private String editTableCell(String table, String rule, char column,
                                 java.util.function.BiConsumer<Workbook, Cell> edit) throws IOException {
        Path file = dir.resolve(table);
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                if (name != null && name.toString().equals(rule)) {
                    edit.accept(wb, row.getCell(column - 'A'));
                    try (OutputStream out = Files.newOutputStream(file)) {
                        wb.write(out);
                    }
                    return sheet.getSheetName() + "!" + column + (row.getRowNum() + 1);
                }
            }
        }
        throw new IllegalArgumentException("no row for rule " + rule + " in " + table);
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }
}
