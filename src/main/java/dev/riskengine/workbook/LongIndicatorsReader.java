package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import dev.riskengine.workbook.layout.WorkbookLayout.LongForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Reads the long-form indicators table: one row per unit, year and indicator code, with the value
 * and optionally the low and high ends of its range. Each value is read as the Indicators sheet
 * reads a cell ({@link IndicatorValueParser}, the Dictionary's bounds, the plausibility warnings),
 * so a value the workbook refuses is refused here too. A unit, year and code without a row is
 * missing, as a blank cell is: never zero.
 */
final class LongIndicatorsReader {
    /** The identity of a row: one per unit, year and code. */
    private record RowKey(String iso3, int year, String code) { }

    private final ProblemCollector problems;
    private final IndicatorValueParser parser = new IndicatorValueParser();

    LongIndicatorsReader(ProblemCollector problems) {
        this.problems = problems;
    }

    IndicatorsSheetReader.Result read(SheetSource table, Optional<CountryRegister> countries,
                                      Optional<Dictionary> dictionary) {
        Rows rows = new Rows(countries, dictionary);
        if (new TableWalker(problems).walk(table, LongForm.INDICATORS, rows).isEmpty()) {
            return IndicatorsSheetReader.Result.empty();
        }
        List<DataIssue> warnings = new ArrayList<>(rows.plausibility.warnings(rows.indicators));
        dictionary.ifPresent(d -> d.definitions().stream()
                .filter(definition -> !rows.codes.contains(definition.code()))
                .forEach(definition -> warnings.add(DataIssue.warning(null, d.codeCell(definition.code()).toString(),
                        d.reference() + " defines " + definition.code() + " but " + table.name()
                                + " has no row for it"))));
        countries.ifPresent(register -> rows.missing.addAll(absent(register, rows)));
        return new IndicatorsSheetReader.Result(rows.indicators, rows.missing, warnings);
    }

    /** Every unit, year of the table and code of the table without a row: missing, as a unit without an Indicators row is. */
    private static List<MissingValue> absent(CountryRegister countries, Rows rows) {
        Set<Integer> years = new TreeSet<>();
        rows.seen.keySet().forEach(key -> years.add(key.year()));
        List<MissingValue> missing = new ArrayList<>();
        for (int year : years) {
            for (var country : countries.countries()) {
                for (String code : rows.codes) {
                    if (!rows.seen.containsKey(new RowKey(country.getIso3(), year, code))) {
                        missing.add(new MissingValue(country.getIso3(), code, year, null));
                    }
                }
            }
        }
        return missing;
    }

    /** What the table's rows add up to, filled row by row. */
    private final class Rows implements TableWalker.Table {
        private final Optional<CountryRegister> countries;
        private final Optional<Dictionary> dictionary;
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<MissingValue> missing = new ArrayList<>();
        private final Map<RowKey, CellLocation> seen = new HashMap<>();
        /** The codes the table has rows for, in Dictionary order once read (see {@link #read}). */
        private final Set<String> codes = new LinkedHashSet<>();
        private final PlausibilityCheck plausibility = new PlausibilityCheck();

        Rows(Optional<CountryRegister> countries, Optional<Dictionary> dictionary) {
            this.countries = countries;
            this.dictionary = dictionary;
        }

        @Override
        public void row(HeaderRow header, SheetRow row) {
            CellContent iso3Cell = row.cell(header.column(LongForm.ISO3).getAsInt());
            Optional<String> iso3 = CountriesSheetReader.listedCode(iso3Cell, countries, problems);
            Optional<Integer> year = IndicatorsSheetReader.year(row.cell(header.column(LongForm.YEAR).getAsInt()), problems);
            Optional<IndicatorDefinition> definition = definition(row.cell(header.column(LongForm.CODE).getAsInt()));
            if (definition.isEmpty()) {
                return;
            }
            CellContent valueCell = row.cell(header.column(LongForm.VALUE).getAsInt());
            Optional<CellContent> lowCell = row.optionalCell(header.column(LongForm.LOW));
            Optional<CellContent> highCell = row.optionalCell(header.column(LongForm.HIGH));
            IndicatorValue value = value(valueCell, lowCell, highCell, definition.get(), () -> longerThanHeader(header, row));
            if (iso3.isEmpty() || year.isEmpty() || !isNew(new RowKey(iso3.get(), year.get(), definition.get().code()),
                    iso3Cell.at())) {
                return;
            }
            codes.add(definition.get().code());
            if (value instanceof IndicatorValue.Estimate estimate) {
                indicators.add(new Indicator(iso3.get(), definition.get().code(), year.get(), estimate.value(),
                        estimate.low(), estimate.high(), valueCell.at().toString()));
                plausibility.value(valueCell, definition.get(), iso3.get(), estimate);
                lowCell.ifPresent(low -> plausibility.rangeEnd(low, definition.get(), iso3.get()));
                highCell.ifPresent(high -> plausibility.rangeEnd(high, definition.get(), iso3.get()));
            } else if (value instanceof IndicatorValue.Missing) {
                missing.add(new MissingValue(iso3.get(), definition.get().code(), year.get(), valueCell.at().toString()));
            }
        }

        private boolean isNew(RowKey key, CellLocation at) {
            CellLocation first = seen.putIfAbsent(key, at);
            if (first != null) {
                problems.add(at, key.iso3() + " " + key.year() + " " + key.code() + " a second time (first at "
                        + first + ")", "one row per unit, year and indicator code");
            }
            return first == null;
        }

        /** The code's Dictionary definition; without a Dictionary, a bare one so that values are still checked. */
        private Optional<IndicatorDefinition> definition(CellContent codeCell) {
            String code = codeCell.text();
            if (dictionary.isEmpty()) {
                return Optional.of(new IndicatorDefinition(NameKey.of(code).key(), null, null, null, null, null, null));
            }
            Optional<IndicatorDefinition> definition = code.isEmpty() ? Optional.empty() : dictionary.get().byHeader(code);
            if (definition.isEmpty()) {
                problems.add(codeCell.at(), codeCell.found(), "an indicator code defined in " + dictionary.get().reference());
            }
            return definition;
        }
    }

    /**
     * The value with its range: each of value, low and high one number within the Dictionary's
     * bounds, low and high both or neither, and low &lt;= value &lt;= high. Every bad cell is
     * reported; the first of them decides the value is {@link IndicatorValue.Invalid}.
     */
    private IndicatorValue value(CellContent valueCell, Optional<CellContent> lowCell, Optional<CellContent> highCell,
                                 IndicatorDefinition definition, BooleanSupplier longerThanHeader) {
        IndicatorValue value = reported(parser.parsePoint(valueCell, definition), valueCell);
        IndicatorValue low = lowCell.map(cell -> reported(parser.parsePoint(cell, definition), cell))
                .orElse(new IndicatorValue.Missing());
        IndicatorValue high = highCell.map(cell -> reported(parser.parsePoint(cell, definition), cell))
                .orElse(new IndicatorValue.Missing());
        if (value instanceof IndicatorValue.Invalid || low instanceof IndicatorValue.Invalid
                || high instanceof IndicatorValue.Invalid) {
            return new IndicatorValue.Invalid("", "");
        }
        if (value instanceof IndicatorValue.Missing) {
            CellContent ranged = lowCell.or(() -> highCell).orElse(null);
            if (ranged != null) {
                problems.add(ranged.at(), ranged.found() + " for a missing value",
                        "low and high blank where the value is blank");
                return new IndicatorValue.Invalid("", "");
            }
            return value;
        }
        double central = ((IndicatorValue.Estimate) value).value();
        if (low instanceof IndicatorValue.Missing && high instanceof IndicatorValue.Missing) {
            return value;
        }
        if (!(low instanceof IndicatorValue.Estimate lowEnd) || !(high instanceof IndicatorValue.Estimate highEnd)) {
            CellContent given = lowCell.or(() -> highCell).orElseThrow();
            problems.add(given.at(), given.found() + " without the range's other end" + (longerThanHeader.getAsBoolean()
                    ? " (a comma inside a value that is not in quotes, as in 1,200?)" : ""), "both low and high, or neither");
            return new IndicatorValue.Invalid("", "");
        }
        if (lowEnd.value() > central) {
            problems.add(lowCell.orElseThrow().at(), lowCell.orElseThrow().found() + ", a low end above the value "
                    + NumberText.plain(central), "low at most value, value at most high");
            return new IndicatorValue.Invalid("", "");
        }
        if (highEnd.value() < central) {
            problems.add(highCell.orElseThrow().at(), highCell.orElseThrow().found() + ", a high end below the value "
                    + NumberText.plain(central), "low at most value, value at most high");
            return new IndicatorValue.Invalid("", "");
        }
        return new IndicatorValue.Estimate(central, lowEnd.value(), highEnd.value());
    }

    /**
     * More values in the row than its header has columns: the trailing ones are empty (LongFormSheet
     * refuses any other), but a value may still have been split ("1,200,," under 6 columns). Asked
     * only for a row already refused, so the rows that read well pay nothing for it.
     */
    private static boolean longerThanHeader(HeaderRow header, SheetRow row) {
        List<Integer> headed = header.allColumns();
        return row.cells().size() > headed.get(headed.size() - 1) + 1;
    }

    private IndicatorValue reported(IndicatorValue value, CellContent cell) {
        if (value instanceof IndicatorValue.Invalid invalid) {
            problems.add(cell.at(), invalid.found(), invalid.expected());
        }
        return value;
    }
}
