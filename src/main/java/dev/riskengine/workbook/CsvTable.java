package dev.riskengine.workbook;

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
        CsvRows.read(file, ',', (line, fields) -> each.accept(name, line, fields));
    }
}
