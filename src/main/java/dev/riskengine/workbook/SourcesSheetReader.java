package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the provenance of indicator columns from the optional Sources sheet: "Column source"
 * rows about an Indicators column, and the "Import" rows {@code risk import} writes (with the
 * file, edition and import time). The sheet is the analyst's free-form notes otherwise, so it
 * never makes a workbook invalid: a Sources sheet without Kind and Column headers gives nothing.
 */
final class SourcesSheetReader {
    static final String SHEET = "Sources";
    static final String KIND_COLUMN_SOURCE = "Column source";
    static final String KIND_IMPORT = "Import";
    static final List<String> HEADERS = List.of("Kind", "Column");
    static final List<String> OPTIONAL = List.of("Sheet", "Source", "File", "Edition", "Imported (UTC)");

    private final CellReader cells;

    SourcesSheetReader(CellReader cells) {
        this.cells = cells;
    }

    List<Provenance> read(Workbook workbook, String fileName, List<IndicatorDefinition> dictionary) {
        Optional<Sheet> found = sheet(workbook);
        if (found.isEmpty()) {
            return List.of();
        }
        Sheet sheet = found.get();
        // Problems of this optional sheet are not the workbook's: they go to a collector nobody reads.
        ProblemCollector ignored = new ProblemCollector(fileName);
        Optional<HeaderRow> located = new HeaderLocator(cells, ignored).locate(sheet, HEADERS, OPTIONAL);
        if (located.isEmpty() || !located.get().has("Kind") || !located.get().has("Column")) {
            return List.of();
        }
        HeaderRow header = located.get();
        Set<String> codes = dictionary.stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        List<Provenance> provenance = new ArrayList<>();
        for (int r = header.rowIndex() + 1; r <= sheet.getLastRowNum(); r++) {
            String kind = text(sheet, r, header.column("Kind"));
            String code = text(sheet, r, header.column("Column"));
            String onSheet = text(sheet, r, header.column("Sheet"));
            boolean aboutIndicators = onSheet == null || NameKey.of(onSheet).equals(NameKey.of("Indicators"));
            if (kind == null || code == null || !codes.contains(code) || !aboutIndicators) {
                continue;
            }
            String source = text(sheet, r, header.column("Source"));
            if (NameKey.of(kind).equals(NameKey.of(KIND_IMPORT))) {
                provenance.add(new Provenance(code, source, text(sheet, r, header.column("File")),
                        text(sheet, r, header.column("Edition")), text(sheet, r, header.column("Imported (UTC)"))));
            } else if (NameKey.of(kind).equals(NameKey.of(KIND_COLUMN_SOURCE)) && source != null) {
                provenance.add(new Provenance(code, source, null, null, null));
            }
        }
        // The sources of one column together, columns in Dictionary order: as the reports list them.
        List<String> order = dictionary.stream().map(IndicatorDefinition::code).toList();
        provenance.sort(java.util.Comparator.comparingInt(p -> order.indexOf(p.code())));
        return List.copyOf(provenance);
    }

    private String text(Sheet sheet, int row, OptionalInt column) {
        return cells.optionalText(sheet, row, column);
    }

    private static Optional<Sheet> sheet(Workbook workbook) {
        for (Sheet sheet : workbook) {
            if (NameKey.of(sheet.getSheetName()).equals(NameKey.of(SHEET))) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
