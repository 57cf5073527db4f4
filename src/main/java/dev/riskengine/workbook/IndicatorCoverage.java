package dev.riskengine.workbook;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Indicators sheet does not say: countries without a row for a year, and Dictionary
 * codes without a column. Neither is an error, but completeness and the Data issues sheet need both.
 */
final class IndicatorCoverage {

    private IndicatorCoverage() {
    }

    /** A country in Countries with no row for a year of the workbook misses every indicator that year. */
    static List<MissingValue> absentRows(CountryRegister countries, Set<IndicatorsSheetReader.RowKey> present,
                                         List<IndicatorColumn> columns) {
        Set<Integer> years = new TreeSet<>();
        present.forEach(key -> years.add(key.year()));
        List<MissingValue> missing = new ArrayList<>();
        for (int year : years) {
            for (var country : countries.countries()) {
                if (!present.contains(new IndicatorsSheetReader.RowKey(country.getIso3(), year))) {
                    columns.forEach(column -> missing.add(new MissingValue(country.getIso3(), column.code(), year, null)));
                }
            }
        }
        return missing;
    }

    /** A Dictionary code with no column is not an error (it may be planned), but every country lacks it. */
    static List<DataIssue> columnsMissingFor(Optional<Dictionary> dictionary, List<IndicatorColumn> columns) {
        List<DataIssue> warnings = new ArrayList<>();
        dictionary.ifPresent(d -> d.definitions().stream()
                .filter(definition -> columns.stream().noneMatch(column -> column.code().equals(definition.code())))
                .forEach(definition -> warnings.add(DataIssue.warning(null, d.codeCell(definition.code()).toString(),
                        "the Dictionary defines " + definition.code() + " but the " + WorkbookLayout.Indicators.SHEET.name()
                                + " sheet has no column for it"))));
        return warnings;
    }
}
