package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.Provenance;
import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.Sources;
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
    List<Provenance> read(WorkbookSource workbook, String fileName, List<IndicatorDefinition> dictionary) {
        return read(sheet(workbook).map(workbook::sheet), fileName, dictionary);
    }

    /** The same rows from the Sources sheet, or a long-form folder's sources table, when there is one. */
    List<Provenance> read(Optional<SheetSource> sheet, String fileName, List<IndicatorDefinition> dictionary) {
        if (sheet.isEmpty()) {
            return List.of();
        }
        // Problems of this optional sheet are not the workbook's: they go to a collector nobody reads.
        ProblemCollector ignored = new ProblemCollector(fileName);
        Set<String> codes = dictionary.stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        List<Provenance> provenance = new ArrayList<>();
        new TableWalker(ignored).walk(sheet.get(), Sources.SHEET,
                (header, row) -> readRow(header, row, codes).ifPresent(provenance::add));
        // The sources of one column together, columns in Dictionary order: as the reports list them.
        List<String> order = dictionary.stream().map(IndicatorDefinition::code).toList();
        provenance.sort(java.util.Comparator.comparingInt(p -> order.indexOf(p.code())));
        return List.copyOf(provenance);
    }

    private static Optional<Provenance> readRow(HeaderRow header, SheetRow row, Set<String> codes) {
        String kind = row.optionalText(header.column(Sources.KIND));
        String code = row.optionalText(header.column(Sources.COLUMN));
        String onSheet = row.optionalText(header.column(Sources.SHEET_NAME));
        boolean aboutIndicators = onSheet == null
                || NameKey.of(onSheet).equals(NameKey.of(WorkbookLayout.Indicators.SHEET.name()));
        if (kind == null || code == null || !codes.contains(code) || !aboutIndicators) {
            return Optional.empty();
        }
        String source = row.optionalText(header.column(Sources.SOURCE));
        if (NameKey.of(kind).equals(NameKey.of(Sources.KIND_IMPORT))) {
            return Optional.of(new Provenance(code, source, row.optionalText(header.column(Sources.FILE)),
                    row.optionalText(header.column(Sources.EDITION)), row.optionalText(header.column(Sources.IMPORTED))));
        }
        if (NameKey.of(kind).equals(NameKey.of(Sources.KIND_COLUMN_SOURCE)) && source != null) {
            return Optional.of(new Provenance(code, source, null, null, null));
        }
        return Optional.empty();
    }

    private static Optional<String> sheet(WorkbookSource workbook) {
        return workbook.sheetNames().stream().filter(name -> NameKey.of(name).equals(NameKey.of(Sources.SHEET.name()))).findFirst();
    }
}
