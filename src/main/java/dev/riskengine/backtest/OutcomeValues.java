package dev.riskengine.backtest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.text.CloseNames;

/**
 * The outcome indicator's values by year and unit, as read from a workbook (central values: a
 * range's midpoint). A blank cell is no value, never 0, so the unit is left out of that year.
 */
final class OutcomeValues {
    private final String code;
    private final Map<Integer, Map<String, Double>> byYear;

    private OutcomeValues(String code, Map<Integer, Map<String, Double>> byYear) {
        this.code = code;
        this.byYear = byYear;
    }

    static OutcomeValues of(IndicatorWorkbook workbook, Path file, String code) throws BacktestInputException {
        SortedSet<String> codes = new TreeSet<>();
        workbook.dictionary().stream().map(IndicatorDefinition::code).forEach(codes::add);
        workbook.indicators().stream().map(Indicator::getCode).forEach(codes::add);
        if (!codes.contains(code)) {
            throw new BacktestInputException(file + ": outcome indicator \"" + code
                    + "\" is not in the workbook's Dictionary or Indicators" + CloseNames.didYouMean(code, codes));
        }
        Map<Integer, Map<String, Double>> byYear = new HashMap<>();
        for (Indicator indicator : workbook.indicators()) {
            if (indicator.getCode().equals(code)) {
                byYear.computeIfAbsent(indicator.getYear(), y -> new HashMap<>())
                        .put(indicator.getIso3(), indicator.getValue());
            }
        }
        return new OutcomeValues(code, byYear);
    }

    String code() {
        return code;
    }

    /** The years with at least one value of the outcome. */
    SortedSet<Integer> years() {
        return new TreeSet<>(byYear.keySet());
    }

    OptionalDouble of(String iso3, int year) {
        Double value = byYear.getOrDefault(year, Map.of()).get(iso3);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
