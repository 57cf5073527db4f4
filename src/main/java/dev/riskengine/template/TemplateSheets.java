package dev.riskengine.template;

import dev.riskengine.importer.DefaultIndicators;
import dev.riskengine.model.IndicatorDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the four sheets the engine reads (DESIGN.md, "The workbook"), each with the note
 * an analyst sees on its header, and the default indicator set as Indicators columns.
 */
final class TemplateSheets {
    static final double NO_UPPER_BOUND = 1e15;

    private TemplateSheets() { }

    static List<TemplateColumn> countries() {
        return List.of(
                new TemplateColumn("ISO3", "ISO 3166-1 alpha-3 code of the country, e.g. MLI for Mali. "
                        + "One row per assessed country.", 8, new TemplateColumn.Code()),
                TemplateColumn.text("Name", "The country's name as the reports show it, e.g. Mali.", 24),
                TemplateColumn.text("Region", "Your own grouping, e.g. Sahel or North Africa.", 18),
                new TemplateColumn("Population", "Optional. People, not millions: 18,500,000. Rules use it for "
                        + "per-million figures; blank means unknown.", 14, new TemplateColumn.Number(0, null)));
    }

    static List<TemplateColumn> indicators() {
        List<TemplateColumn> columns = new ArrayList<>();
        columns.add(new TemplateColumn("ISO3", "The country's ISO3 code, as on the Countries sheet. "
                + "One row per country and year.", 8, new TemplateColumn.Code()));
        columns.add(new TemplateColumn("Year", "The year the figures are for, e.g. 2016.", 8,
                new TemplateColumn.WholeNumber(1900, 2100)));
        for (IndicatorDefinition definition : DefaultIndicators.ALL) {
            columns.add(new TemplateColumn(definition.code(), indicatorNote(definition),
                    Math.max(14, definition.code().length() + 2),
                    new TemplateColumn.IndicatorValue(definition.code(), definition.min(), definition.max())));
        }
        return columns;
    }

    static List<TemplateColumn> borders() {
        return List.of(
                new TemplateColumn("ISO3", "An assessed country's ISO3 code (from Countries).", 8,
                        new TemplateColumn.Code()),
                new TemplateColumn("Neighbour", "The neighbour's ISO 3166-1 alpha-3 code. It may be outside "
                        + "Countries (then it is not assessed and gives no spillover).", 11, new TemplateColumn.Code()),
                new TemplateColumn("Length_km", "Length of the shared land border in km. Each pair once, or in "
                        + "both directions with the same length.", 11, new TemplateColumn.Number(0, null)));
    }

    static List<TemplateColumn> dictionary() {
        return List.of(
                TemplateColumn.text("Code", "The indicator code: exactly a column header of the Indicators sheet, "
                        + "lower_snake_case. Every Indicators column must be defined here.", 28),
                TemplateColumn.text("Name", "A readable name for the reports.", 30),
                TemplateColumn.text("Unit", "The unit. \"%\" makes a percent-formatted cell read as shown "
                        + "(5.3 % is 5.3).", 10),
                new TemplateColumn("Min", "Lowest valid value; a value below it is an error. Blank: no bound.", 8,
                        new TemplateColumn.Number(-NO_UPPER_BOUND, NO_UPPER_BOUND)),
                new TemplateColumn("Max", "Highest valid value; a value above it is an error. Blank: no bound.", 10,
                        new TemplateColumn.Number(-NO_UPPER_BOUND, NO_UPPER_BOUND)),
                TemplateColumn.text("Description", "What the indicator measures and how to count it.", 60),
                TemplateColumn.text("Source", "Where the figures come from (publication, sheet, edition).", 40));
    }

    private static String indicatorNote(IndicatorDefinition definition) {
        return definition.name() + " (" + definition.unit() + ", " + CellChecks.plain(definition.min()) + " to "
                + CellChecks.plain(definition.max()) + "). " + definition.description()
                + " A range such as 6000-7000 is allowed; a blank cell is missing data, never 0.";
    }
}
