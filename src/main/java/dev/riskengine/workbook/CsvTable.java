package dev.riskengine.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file (comma-separated, UTF-8, a header line first) as a long-form table. */
public record CsvTable(Path file) implements LongFormTable {

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void rows(Row each) throws UnreadableTableException {
        String name = name();
        refuseSemicolons(name);
        CsvRows.read(file, ',', (line, fields) -> each.accept(name, line, fields));
    }

    /**
     * Excel and LibreOffice save "CSV" with semicolons where the comma is the decimal mark. Read
     * with commas, such a file is one column whose every header is missing, a line per header; one
     * line that says why is what the analyst can act on. A header line with commas is read as CSV.
     */
    private void refuseSemicolons(String name) throws UnreadableTableException {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (IOException e) {
            return; // the CSV reader says why the file cannot be read, with its place
        }
        if (header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0) {
            throw new UnreadableTableException(name + ":1", "a table separated by semicolons, as office software saves "
                    + "CSV where the comma is the decimal mark (save it with commas between values and dots before decimals)");
        }
    }
}
