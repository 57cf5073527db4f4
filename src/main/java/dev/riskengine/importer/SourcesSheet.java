package dev.riskengine.importer;

import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.RowValues;
import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import dev.riskengine.workbook.layout.WorkbookLayout.Sources;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Provenance: one row per imported column in the Sources sheet (created when absent, in the
 * sample's layout), naming the source file, its edition and the time of the import, in columns
 * of their own that the engine reads back into its reports.
 */
final class SourcesSheet {
    private final SheetHeader header;

    private SourcesSheet(SheetHeader header) {
        this.header = header;
    }

    static SourcesSheet in(Workbook workbook) {
        String name = Sources.SHEET.name();
        Sheet sheet = SheetHeader.sheet(workbook, name).orElseGet(() -> workbook.createSheet(name));
        SheetHeader header = SheetHeader.locate(sheet, Sources.SHEET)
                .orElseGet(() -> sheet.getPhysicalNumberOfRows() == 0 ? SheetHeader.create(sheet, Sources.noteHeaders())
                        : null);
        if (writable(header)) {
            for (LayoutColumn column : Sources.IMPORT_COLUMNS) {
                if (header.column(column).isEmpty()) {
                    header.addColumn(column.header());
                }
            }
        }
        return new SourcesSheet(header);
    }

    void record(String code, String fileName, String edition, String importedAt, String counts) {
        if (!writable()) {
            return;
        }
        Sheet sheet = header.sheet();
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        new RowValues()
                .put(Sources.KIND, Sources.KIND_IMPORT)
                .put(Sources.SHEET_NAME, Indicators.SHEET.name())
                .put(Sources.COLUMN, code)
                .put(Sources.NOTE, "Imported " + importedAt + " by 'risk import': " + counts)
                .put(Sources.SOURCE, fileName + " (" + edition + ")")
                .put(Sources.FILE, fileName)
                .put(Sources.EDITION, edition)
                .put(Sources.IMPORTED, importedAt)
                .write(row, header::column);
    }

    boolean writable() {
        return writable(header);
    }

    /** A row can say which column came from where only under a Column and a Source header. */
    private static boolean writable(SheetHeader header) {
        return header != null && header.column(Sources.COLUMN).isPresent() && header.column(Sources.SOURCE).isPresent();
    }
}
