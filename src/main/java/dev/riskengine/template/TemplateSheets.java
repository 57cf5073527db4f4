package dev.riskengine.template;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.workbook.layout.DefaultIndicators;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.Borders;
import dev.riskengine.workbook.layout.WorkbookLayout.Countries;
import dev.riskengine.workbook.layout.WorkbookLayout.Dictionary;
import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the four sheets the engine reads (DESIGN.md, "The workbook"), in the order of
 * {@link dev.riskengine.workbook.layout.WorkbookLayout}, each with the note an analyst sees on
 * its header, and the default indicator set as Indicators columns.
 */
final class TemplateSheets {
    static final double NO_UPPER_BOUND = 1e15;

    private TemplateSheets() { }

    static List<TemplateColumn> countries() {
        return inLayoutOrder(Countries.SHEET,
                new TemplateColumn(Countries.ISO3, "ISO 3166-1 alpha-3 code of the country, e.g. MLI for Mali. "
                        + "One row per assessed country.", 8, new TemplateColumn.Code()),
                TemplateColumn.text(Countries.NAME, "The country's name as the reports show it, e.g. Mali.", 24),
                TemplateColumn.text(Countries.REGION, "Your own grouping, e.g. Sahel or North Africa.", 18),
                new TemplateColumn(Countries.POPULATION, "Optional. People, not millions: 18,500,000. Rules use it for "
                        + "per-million figures; blank means unknown.", 14, new TemplateColumn.Number(0, null)),
                TemplateColumn.text(Countries.GEOMETRY, "Optional, for sub-national units: the unit's outline as WKT in "
                        + "longitude latitude degrees, e.g. POLYGON((1 14, 4 14, 4 17, 1 17, 1 14)), as QGIS copies it. "
                        + "Drawn on the map; a country's outline ships with the engine.", 24));
    }

    static List<TemplateColumn> indicators() {
        List<TemplateColumn> columns = new ArrayList<>(inLayoutOrder(Indicators.SHEET,
                new TemplateColumn(Indicators.ISO3, "The country's ISO3 code, as on the Countries sheet. "
                        + "One row per country and year.", 8, new TemplateColumn.Code()),
                new TemplateColumn(Indicators.YEAR, "The year the figures are for, e.g. 2016.", 8,
                        new TemplateColumn.WholeNumber(Indicators.FIRST_YEAR, Indicators.LAST_YEAR))));
        for (IndicatorDefinition definition : DefaultIndicators.ALL) {
            columns.add(new TemplateColumn(definition.code(), indicatorNote(definition),
                    Math.max(14, definition.code().length() + 2),
                    new TemplateColumn.IndicatorValue(definition.code(), definition.min(), definition.max())));
        }
        return columns;
    }

    static List<TemplateColumn> borders() {
        return inLayoutOrder(Borders.SHEET,
                new TemplateColumn(Borders.ISO3, "An assessed country's ISO3 code (from Countries).", 8,
                        new TemplateColumn.Code()),
                new TemplateColumn(Borders.NEIGHBOUR, "The neighbour's ISO 3166-1 alpha-3 code. It may be outside "
                        + "Countries (then it is not assessed and gives no spillover).", 11, new TemplateColumn.Code()),
                new TemplateColumn(Borders.LENGTH_KM, "Length of the shared land border in km. Each pair once, or in "
                        + "both directions with the same length.", 11, new TemplateColumn.Number(0, null)));
    }

    static List<TemplateColumn> dictionary() {
        return inLayoutOrder(Dictionary.SHEET,
                TemplateColumn.text(Dictionary.CODE, "The indicator code: exactly a column header of the Indicators sheet, "
                        + "lower_snake_case. Every Indicators column must be defined here.", 28),
                TemplateColumn.text(Dictionary.NAME, "A readable name for the reports.", 30),
                TemplateColumn.text(Dictionary.UNIT, "The unit. \"%\" makes a percent-formatted cell read as shown "
                        + "(5.3 % is 5.3).", 10),
                new TemplateColumn(Dictionary.MIN, "Lowest valid value; a value below it is an error. Blank: no bound.", 8,
                        new TemplateColumn.Number(-NO_UPPER_BOUND, NO_UPPER_BOUND)),
                new TemplateColumn(Dictionary.MAX, "Highest valid value; a value above it is an error. Blank: no bound.", 10,
                        new TemplateColumn.Number(-NO_UPPER_BOUND, NO_UPPER_BOUND)),
                TemplateColumn.text(Dictionary.DESCRIPTION, "What the indicator measures and how to count it.", 60),
                TemplateColumn.text(Dictionary.SOURCE, "Where the figures come from (publication, sheet, edition).", 40));
    }

    /** The layout's columns, each as described here: the order and the names are the layout's. */
    private static List<TemplateColumn> inLayoutOrder(SheetLayout layout, TemplateColumn... described) {
        Map<String, TemplateColumn> byHeader = Arrays.stream(described)
                .collect(Collectors.toMap(TemplateColumn::header, Function.identity()));
        if (!byHeader.keySet().equals(java.util.Set.copyOf(layout.headers()))) {
            throw new IllegalStateException("the template describes " + byHeader.keySet() + ", the " + layout.name()
                    + " sheet has " + layout.headers());
        }
        return layout.headers().stream().map(byHeader::get).toList();
    }

    private static String indicatorNote(IndicatorDefinition definition) {
        return definition.name() + " (" + definition.unit() + ", " + CellChecks.plain(definition.min()) + " to "
                + CellChecks.plain(definition.max()) + "). " + definition.description()
                + " A range such as 6000-7000 is allowed; a blank cell is missing data, never 0.";
    }
}
