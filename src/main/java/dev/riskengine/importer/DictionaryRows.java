package dev.riskengine.importer;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.workbook.layout.WorkbookLayout.Dictionary;
import org.apache.poi.ss.usermodel.Sheet;

/** Adds a Dictionary row for an imported code the analyst has not defined yet; existing rows are never changed. */
final class DictionaryRows {
    private final SheetHeader header;

    DictionaryRows(SheetHeader header) {
        this.header = header;
    }

    void add(IndicatorDefinition definition) {
        Sheet sheet = header.sheet();
        Dictionary.row(definition).write(sheet.createRow(sheet.getLastRowNum() + 1), header::column);
    }
}
