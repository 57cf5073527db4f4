package dev.riskengine.importer;

import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Provenance: one row per imported column in the Sources sheet (created when absent, in the
 * sample's layout), naming the source file, its edition and the time of the import, in columns
 * of their own that the engine reads back into its reports.
 */
final class SourcesSheet {
    static final String SHEET = "Sources";
    static final String[] HEADERS = {"Kind", "Sheet", "Column", "ISO3", "Year", "Value", "Reasoning or note", "Source"};
    /** Read back by the engine (the reports carry them); added after the last header when absent. */
    static final String[] IMPORT_HEADERS = {"File", "Edition", "Imported (UTC)"};

    private final SheetHeader header;

    private SourcesSheet(SheetHeader header) {
        this.header = header;
    }

    static SourcesSheet in(Workbook workbook) {
        Sheet sheet = SheetHeader.sheet(workbook, SHEET).orElseGet(() -> workbook.createSheet(SHEET));
        SheetHeader header = SheetHeader.locate(sheet, "Kind")
                .orElseGet(() -> sheet.getPhysicalNumberOfRows() == 0 ? SheetHeader.create(sheet, HEADERS) : null);
        boolean usable = header != null && header.column("Column").isPresent() && header.column("Source").isPresent();
        if (usable) {
            for (String name : IMPORT_HEADERS) {
                if (header.column(name).isEmpty()) {
                    header.addColumn(name);
                }
            }
        }
        return new SourcesSheet(header);
    }

    void record(String code, String fileName, String edition, String importedAt, String counts) {
        Sheet sheet = header == null ? null : header.sheet();
        if (sheet == null) {
            return;
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        put(row, "Kind", "Import");
        put(row, "Sheet", IndicatorsSheet.SHEET);
        put(row, "Column", code);
        put(row, "Reasoning or note", "Imported " + importedAt + " by 'risk import': " + counts);
        put(row, "Source", fileName + " (" + edition + ")");
        put(row, "File", fileName);
        put(row, "Edition", edition);
        put(row, "Imported (UTC)", importedAt);
    }

    boolean writable() {
        return header != null && header.column("Column").isPresent() && header.column("Source").isPresent();
    }

    private void put(Row row, String name, String value) {
        OptionalInt column = header.column(name);
        if (column.isPresent()) {
            row.createCell(column.getAsInt()).setCellValue(value);
        }
    }
}
