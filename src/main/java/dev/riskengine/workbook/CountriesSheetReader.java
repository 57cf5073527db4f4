package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.Country;
import dev.riskengine.model.UnitOutline;
import dev.riskengine.workbook.layout.WorkbookLayout.Countries;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads the Countries sheet: ISO3, Name, Region and, optionally, Population in people. */
final class CountriesSheetReader {
    static final String ISO3_EXPECTED = UnitCode.EXPECTED;
    /** See {@link UnitCode}. */
    static final Pattern ISO3 = UnitCode.PATTERN;
    /**
     * No assessed country has fewer than a thousand people (the smallest states have about ten
     * thousand), while populations in millions are common in sources: 37.1 means millions.
     */
    private static final double FEWEST_PEOPLE = 1000;

    private static final String GEOMETRY_EXPECTED = "the unit's outline as WKT in longitude latitude degrees, "
            + "such as POLYGON((1 14, 4 14, 4 17, 1 17, 1 14))";

    private final ProblemCollector problems;
    /** Each region once: every unit of a region repeats its name, a new string per cell when streamed. */
    private final Map<String, String> regions = new HashMap<>();

    CountriesSheetReader(ProblemCollector problems) {
        this.problems = problems;
    }

    /** Empty when the ISO3 column cannot be found, so other sheets are not checked against nothing. */
    Optional<CountryRegister> read(SheetSource sheet) {
        CountryRegister register = new CountryRegister(sheet.reference());
        return new TableWalker(problems).walk(sheet, Countries.SHEET, (header, row) -> readRow(header, row, register))
                .map(header -> register);
    }

    private void readRow(HeaderRow header, SheetRow row, CountryRegister register) {
        CellContent iso3Cell = row.cell(header.column(Countries.ISO3).getAsInt());
        Optional<String> iso3 = iso3(iso3Cell);
        Long population = population(header, row);
        if (iso3.isEmpty()) {
            return;
        }
        if (register.contains(iso3.get())) {
            problems.add(iso3Cell.at(), quoted(iso3.get()) + " a second time (first at "
                    + register.iso3Cell(iso3.get()) + ")", "each country once");
            return;
        }
        OptionalInt populationColumn = header.column(Countries.POPULATION);
        String populationCell = populationColumn.isEmpty() ? null : row.at(populationColumn.getAsInt()).toString();
        String name = row.optionalText(header.column(Countries.NAME));
        String region = row.optionalText(header.column(Countries.REGION));
        if (region != null) {
            region = regions.computeIfAbsent(region, first -> first);
        }
        register.add(new Country(iso3.get(), name, region, population, populationCell, outline(header, row)),
                iso3Cell.at());
    }

    /**
     * A unit code on another sheet, upper-cased, as the register holds it (one string for every
     * row that names the unit); empty after reporting it when it is malformed or, if this sheet
     * could be read, not on it. A code the register holds passed {@link #ISO3} here already, so
     * only the others are matched against it.
     */
    static Optional<String> listedCode(CellContent content, Optional<CountryRegister> countries,
                                       ProblemCollector problems) {
        String code = content instanceof CellContent.Text text ? text.text().toUpperCase(Locale.ROOT) : "";
        String listed = countries.map(register -> register.listed(code)).orElse(null);
        if (listed != null) {
            return Optional.of(listed);
        }
        if (!ISO3.matcher(code).matches()) {
            problems.add(content.at(), content.found(), ISO3_EXPECTED);
            return Optional.empty();
        }
        if (countries.isPresent()) {
            problems.add(content.at(), content.found(), "a country listed on " + countries.get().reference());
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The ISO3 code upper-cased (analysts type "mar"), or empty after reporting it. */
    private Optional<String> iso3(CellContent content) {
        String code = content instanceof CellContent.Text text ? text.text().toUpperCase(Locale.ROOT) : "";
        if (!ISO3.matcher(code).matches()) {
            problems.add(content.at(), content.found(), ISO3_EXPECTED);
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The Geometry cell's outline, null when blank or after reporting a text that is not one. */
    private UnitOutline outline(HeaderRow header, SheetRow row) {
        Optional<CellContent> cell = row.optionalCell(header.column(Countries.GEOMETRY));
        if (cell.isEmpty()) {
            return null;
        }
        CellContent content = cell.get();
        if (!(content instanceof CellContent.Text text)) {
            problems.add(content.at(), content.found(), GEOMETRY_EXPECTED);
            return null;
        }
        try {
            return UnitOutline.parseWkt(text.text());
        } catch (IllegalArgumentException e) {
            problems.add(content.at(), content.found(), e.getMessage() + " (" + GEOMETRY_EXPECTED + ")");
            return null;
        }
    }

    private Long population(HeaderRow header, SheetRow row) {
        Optional<CellContent> cell = row.optionalCell(header.column(Countries.POPULATION));
        if (cell.isEmpty()) {
            return null;
        }
        CellContent content = cell.get();
        OptionalDouble value = content.asNumber(false);
        if (value.isPresent() && value.getAsDouble() > 0 && value.getAsDouble() < FEWEST_PEOPLE) {
            problems.add(content.at(), content.found(),
                    "the population in people, not millions, such as 40400000 for 40.4 million");
            return null;
        }
        if (value.isEmpty() || value.getAsDouble() <= 0 || value.getAsDouble() != Math.rint(value.getAsDouble())) {
            problems.add(content.at(), content.found(), "a positive whole number of people, such as 40400000");
            return null;
        }
        return (long) value.getAsDouble();
    }
}
