package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    List<Provenance> read(WorkbookSource workbook, String fileName, List<IndicatorDefinition> dictionary) {
        Optional<String> found = sheet(workbook);
        if (found.isEmpty()) {
            return List.of();
        }
        // Problems of this optional sheet are not the workbook's: they go to a collector nobody reads.
        ProblemCollector ignored = new ProblemCollector(fileName);
        Set<String> codes = dictionary.stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        List<Provenance> provenance = new ArrayList<>();
        new TableWalker(ignored).walk(workbook.sheet(found.get()), HEADERS, OPTIONAL, new TableWalker.Table() {
            @Override public boolean header(HeaderRow header) {
                return header.has("Kind") && header.has("Column");
            }

            @Override public void row(HeaderRow header, SheetRow row) {
                readRow(header, row, codes).ifPresent(provenance::add);
            }
        });
        // The sources of one column together, columns in Dictionary order: as the reports list them.
        List<String> order = dictionary.stream().map(IndicatorDefinition::code).toList();
        provenance.sort(java.util.Comparator.comparingInt(p -> order.indexOf(p.code())));
        return List.copyOf(provenance);
    }

    private static Optional<Provenance> readRow(HeaderRow header, SheetRow row, Set<String> codes) {
        String kind = row.optionalText(header.column("Kind"));
        String code = row.optionalText(header.column("Column"));
        String onSheet = row.optionalText(header.column("Sheet"));
        boolean aboutIndicators = onSheet == null || NameKey.of(onSheet).equals(NameKey.of("Indicators"));
        if (kind == null || code == null || !codes.contains(code) || !aboutIndicators) {
            return Optional.empty();
        }
        String source = row.optionalText(header.column("Source"));
        if (NameKey.of(kind).equals(NameKey.of(KIND_IMPORT))) {
            return Optional.of(new Provenance(code, source, row.optionalText(header.column("File")),
                    row.optionalText(header.column("Edition")), row.optionalText(header.column("Imported (UTC)"))));
        }
        if (NameKey.of(kind).equals(NameKey.of(KIND_COLUMN_SOURCE)) && source != null) {
            return Optional.of(new Provenance(code, source, null, null, null));
        }
        return Optional.empty();
    }

    private static Optional<String> sheet(WorkbookSource workbook) {
        return workbook.sheetNames().stream().filter(name -> NameKey.of(name).equals(NameKey.of(SHEET))).findFirst();
    }
}
