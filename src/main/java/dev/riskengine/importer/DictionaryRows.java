package dev.riskengine.importer;

import dev.riskengine.model.IndicatorDefinition;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Adds a Dictionary row for an imported code the analyst has not defined yet; existing rows are never changed. */
final class DictionaryRows {
    static final String SHEET = "Dictionary";

    private final SheetHeader header;

    DictionaryRows(SheetHeader header) {
        this.header = header;
    }

    void add(IndicatorDefinition definition) {
        Sheet sheet = header.sheet();
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        text(row, "Code", definition.code());
        text(row, "Name", definition.name());
        text(row, "Unit", definition.unit());
        number(row, "Min", definition.min());
        number(row, "Max", definition.max());
        text(row, "Description", definition.description());
        text(row, "Source", definition.source());
    }

    private void text(Row row, String name, String value) {
        OptionalInt column = header.column(name);
        if (column.isPresent() && value != null) {
            row.createCell(column.getAsInt()).setCellValue(value);
        }
    }

    private void number(Row row, String name, Double value) {
        OptionalInt column = header.column(name);
        if (column.isPresent() && value != null) {
            row.createCell(column.getAsInt()).setCellValue(value);
        }
    }
}
