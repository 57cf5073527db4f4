package dev.riskengine.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A CSV file as a {@link SourceGrid}, read with Jackson's CSV parser (quotes, embedded commas and
 * line breaks handled). Rows keep the line they start on, so a figure's place is {@code file.csv:7}.
 * Preamble lines (the World Bank's "Data Source" and "Last Updated Date") are rows like any other.
 */
final class CsvGrid implements SourceGrid {
    private static final CsvMapper CSV = new CsvMapper();

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
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = CSV.getFactory().createParser(reader)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> row = null;
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    row = new ArrayList<>();
                    grid.lines.add(lineOf(parser.currentTokenLocation()));
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    grid.rows.add(row);
                } else if (depth == 2) {
                    row.add(parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(name + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr())
                    + ": not valid CSV (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read as CSV (" + firstLine(e.getMessage()) + ")");
        }
        return grid;
    }

    /**
     * A row's line. Jackson places the start of a row where the previous one ended (the end of
     * the line before), so the row is on the next line; the first row has no location yet.
     */
    private static int lineOf(JsonLocation start) {
        return start.getLineNr() < 1 ? 1 : start.getLineNr() + 1;
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

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
