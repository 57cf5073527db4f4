package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the wide Indicators sheet: one row per country and year, one column per indicator code.
 * Checks against Countries and the Dictionary are skipped when those sheets could not be read,
 * so that one missing sheet does not bury the real problems under a consequence of it.
 */
final class IndicatorsSheetReader {

    /** What the sheet yields when it is valid. */
    record Result(List<Indicator> indicators, List<MissingValue> missing, List<DataIssue> warnings) {
        static Result empty() {
            return new Result(List.of(), List.of(), List.of());
        }
    }

    /** The identity of an Indicators row: one per country and year. */
    record RowKey(String iso3, int year) { }

    private final ProblemCollector problems;
    private final IndicatorValueParser parser = new IndicatorValueParser();

    IndicatorsSheetReader(ProblemCollector problems) {
        this.problems = problems;
    }

    Result read(SheetSource sheet, Optional<CountryRegister> countries, Optional<Dictionary> dictionary) {
        Table table = new Table(countries, dictionary);
        if (new TableWalker(problems).walk(sheet, Indicators.SHEET, table).isEmpty()) {
            return Result.empty();
        }
        if (table.unheaded != null) {
            table.unheaded.report(sheet.name(), sheet.mergedRegions(), table.headerNames, problems);
        }
        countries.ifPresent(register -> table.missing.addAll(
                IndicatorCoverage.absentRows(register, table.rows.keySet(), table.columns)));
        table.warnings.addAll(table.plausibility.warnings(table.indicators));
        return new Result(table.indicators, table.missing, table.warnings);
    }

    /** What the sheet's rows add up to, filled row by row. */
    private final class Table implements TableWalker.Table {
        private final Optional<CountryRegister> countries;
        private final Optional<Dictionary> dictionary;
        private final List<IndicatorColumn> columns = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<MissingValue> missing = new ArrayList<>();
        private final List<DataIssue> warnings = new ArrayList<>();
        private final Map<RowKey, CellLocation> rows = new HashMap<>();
        /** The text of each header cell by column, to name a merged header. */
        private final Map<Integer, String> headerNames = new HashMap<>();
        private UnheadedValues unheaded;
        private final PlausibilityCheck plausibility = new PlausibilityCheck();

        Table(Optional<CountryRegister> countries, Optional<Dictionary> dictionary) {
            this.countries = countries;
            this.dictionary = dictionary;
        }

        @Override
        public void header(HeaderRow header) {
            columns.addAll(indicatorColumns(header, dictionary));
            header.others().forEach(column -> headerNames.put(column.index(), column.name()));
            unheaded = new UnheadedValues(header);
            warnings.addAll(IndicatorCoverage.columnsMissingFor(dictionary, columns));
        }

        @Override
        public void row(HeaderRow header, SheetRow row) {
            Optional<RowKey> key = rowKey(header, row, countries, rows);
            unheaded.row(row);
            for (IndicatorColumn column : columns) {
                CellContent content = row.cell(column.index());
                IndicatorValue value = parser.parse(content, column.definition());
                if (value instanceof IndicatorValue.Invalid invalid) {
                    problems.add(content.at(), invalid.found(), invalid.expected());
                } else if (key.isPresent() && value instanceof IndicatorValue.Estimate estimate) {
                    indicators.add(new Indicator(key.get().iso3(), column.code(), key.get().year(),
                            estimate.value(), estimate.low(), estimate.high(), content.at().toString()));
                    percentFormatWarning(content, column.definition(), key.get().iso3()).ifPresent(warnings::add);
                    plausibility.value(content, column.definition(), key.get().iso3(), estimate);
                } else if (key.isPresent()) {
                    missing.add(new MissingValue(key.get().iso3(), column.code(), key.get().year(), content.at().toString()));
                }
            }
        }
    }

    private List<IndicatorColumn> indicatorColumns(HeaderRow header, Optional<Dictionary> dictionary) {
        List<IndicatorColumn> columns = new ArrayList<>();
        for (HeaderRow.Column column : header.others()) {
            if (dictionary.isEmpty()) {
                // Still read the values, so that bad cells are reported even before the Dictionary is fixed.
                String code = NameKey.of(column.name()).key();
                columns.add(new IndicatorColumn(column.index(),
                        new IndicatorDefinition(code, null, null, null, null, null, null)));
                continue;
            }
            Optional<IndicatorDefinition> definition = dictionary.get().byHeader(column.name());
            if (definition.isEmpty()) {
                problems.add(column.at(), "the column " + quoted(column.name()),
                        "an indicator code defined on " + dictionary.get().reference());
            } else {
                columns.add(new IndicatorColumn(column.index(), definition.get()));
            }
        }
        return columns;
    }

    /** The row's country and year, or empty (after reporting why) when either is unusable. */
    private Optional<RowKey> rowKey(HeaderRow header, SheetRow row, Optional<CountryRegister> countries,
                                    Map<RowKey, CellLocation> seen) {
        CellContent iso3Cell = row.cell(header.column(Indicators.ISO3).getAsInt());
        Optional<String> iso3 = CountriesSheetReader.listedCode(iso3Cell, countries, problems);
        Optional<Integer> year = year(row.cell(header.column(Indicators.YEAR).getAsInt()), problems);
        if (iso3.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        RowKey key = new RowKey(iso3.get(), year.get());
        CellLocation first = seen.putIfAbsent(key, iso3Cell.at());
        if (first != null) {
            problems.add(iso3Cell.at(), iso3.get() + " " + year.get() + " a second time (first in row "
                    + (first.row() + 1) + ", " + first + ")", "one row per country and year");
            return Optional.empty();
        }
        return Optional.of(key);
    }


    /** The year of an indicators row (wide or long form), or empty after reporting why it is none. */
    static Optional<Integer> year(CellContent content, ProblemCollector problems) {
        OptionalDouble value = content.asNumber(false);
        if (value.isEmpty() || value.getAsDouble() != Math.rint(value.getAsDouble())
                || value.getAsDouble() < Indicators.FIRST_YEAR || value.getAsDouble() > Indicators.LAST_YEAR) {
            problems.add(content.at(), content.found(), "a whole year such as 2024");
            return Optional.empty();
        }
        // A year typed 2061 for 2016 would become the latest year and so the one assessed: the whole
        // run would score that one row and call every other unit "Insufficient data".
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        if (value.getAsDouble() > thisYear) {
            problems.add(content.at(), content.found(), "a year no later than " + thisYear
                    + ": indicators record what has happened, so a later year is probably a typo");
            return Optional.empty();
        }
        return Optional.of((int) value.getAsDouble());
    }

    /** A % format on an indicator not measured in % is probably a formatting slip; the stored value is used. */
    private static Optional<DataIssue> percentFormatWarning(CellContent content, IndicatorDefinition definition,
                                                            String iso3) {
        if (content instanceof CellContent.Numeric number && number.percentFormatted() && !definition.isPercent()) {
            return Optional.of(DataIssue.warning(iso3, content.at().toString(), "the cell shows " + number.shown()
                    + " but the Dictionary unit of " + definition.code() + " is not %; read as "
                    + NumberText.plain(number.value())));
        }
        return Optional.empty();
    }
}
