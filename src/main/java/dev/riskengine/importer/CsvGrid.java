package dev.riskengine.importer;

import dev.riskengine.workbook.CsvRows;
import dev.riskengine.workbook.UnreadableTableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A CSV file as a {@link SourceGrid}, read by {@link CsvRows} (quotes, embedded commas and
 * line breaks handled). Rows keep the line they start on, so a figure's place is {@code file.csv:7}.
 * Preamble lines (the World Bank's "Data Source" and "Last Updated Date") are rows like any other.
 */
final class CsvGrid implements SourceGrid {
    private final String fileName;
    private final SourceCell cells;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private int headerRow = -1;
    private int yearRow = -1;

    private CsvGrid(String fileName, SourceCell cells) {
        this.fileName = fileName;
        this.cells = cells;
    }

    static CsvGrid read(Path file, char delimiter, SourceCell cells) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name + ": no such file");
        }
        CsvGrid grid = new CsvGrid(name, cells);
        try {
            CsvRows.read(file, delimiter, (line, row) -> {
                grid.lines.add(line);
                grid.rows.add(row);
            });
        } catch (UnreadableTableException e) {
            throw new ImportException(e.getMessage()); // the place, then what is wrong there, as before
        }
        return grid;
    }

    /**
     * Places name the column by its header once the header row is known; under a header of two
     * rows by the year above it too ({@code column "2016 Estimate"}), since each sub-column repeats.
     *
     * @param yearAbove the row of the years over the sub-columns, or -1 for a header of one row
     */
    void headerAt(int row, int yearAbove) {
        headerRow = row;
        yearRow = yearAbove;
    }

    @Override
    public String name() {
        return fileName;
    }

    @Override
    public Optional<String> pastTheHeader(int row) {
        if (headerRow < 0 || row <= headerRow || row >= rows.size()) {
            return Optional.empty();
        }
        int column = CsvRows.firstValuePast(rows.get(row), rows.get(headerRow).size());
        return column < 0 ? Optional.empty()
                : Optional.of(fileName + ":" + lines.get(row) + " \"" + rows.get(row).get(column) + "\"");
    }

    @Override
    public int lastRow() {
        return rows.size() - 1;
    }

    @Override
    public int lastColumn(int row) {
        return row < 0 || row >= rows.size() ? -1 : rows.get(row).size() - 1;
    }

    @Override
    public String text(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            return "";
        }
        String raw = rows.get(row).get(column);
        if (row == 0 && column == 0) {
            raw = raw.replace("\uFEFF", ""); // the byte order mark of files saved by Excel or the World Bank
        }
        return raw.replaceAll("[\\p{Z}\\s]+", " ").trim();
    }

    @Override
    public OptionalDouble number(int row, int column) {
        return cells.number(text(row, column));
    }

    @Override
    public boolean numberFromText(int row, int column) {
        return true;
    }

    @Override
    public boolean missingToken(String text) {
        return cells.isMissing(text);
    }

    @Override
    public String place(int row, int column) {
        String header = headerRow >= 0 ? text(headerRow, column) : "";
        if (yearRow >= 0 && !header.isEmpty()) {
            header = (text(yearRow, column) + " " + header).trim();
        }
        return fileName + ":" + lines.get(row) + " column " + (header.isEmpty() ? String.valueOf(column + 1) : "\"" + header + "\"");
    }
}
