package dev.riskengine.workbook.layout;

import dev.riskengine.model.IndicatorDefinition;
import java.util.List;

/**
 * The layout of the indicator workbook, owned once for reading and writing alike (DESIGN.md, "The
 * workbook"): each standard sheet's name and its columns in order, and which of them a reader
 * needs. The workbook readers, the importer, {@code risk template}, {@code risk generate} and the
 * sample workbook's writer all take names and places from here, so renaming a column is one edit.
 * Names are matched ignoring case and spaces when read.
 */
public final class WorkbookLayout {

    /** How far down a title block may push a sheet's header row: it is looked for in these top rows. */
    public static final int HEADER_SEARCH_ROWS = 10;

    private WorkbookLayout() { }

    /** One row per assessed country (or sub-national unit). */
    public static final class Countries {
        public static final LayoutColumn ISO3 = LayoutColumn.key("ISO3");
        public static final LayoutColumn NAME = LayoutColumn.required("Name");
        public static final LayoutColumn REGION = LayoutColumn.required("Region");
        /** People, not millions. */
        public static final LayoutColumn POPULATION = LayoutColumn.optional("Population");
        /** A sub-national unit's outline as WKT (POLYGON or MULTIPOLYGON, longitude latitude), drawn on the map. */
        public static final LayoutColumn GEOMETRY = LayoutColumn.optional("Geometry");
        public static final SheetLayout SHEET = new SheetLayout("Countries", ISO3, NAME, REGION, POPULATION, GEOMETRY);

        private Countries() { }
    }

    /** One row per country and year; after these columns, one column per indicator code. */
    public static final class Indicators {
        public static final LayoutColumn ISO3 = LayoutColumn.key("ISO3");
        public static final LayoutColumn YEAR = LayoutColumn.key("Year");
        public static final SheetLayout SHEET = new SheetLayout("Indicators", ISO3, YEAR);
        /** Outside these a "year" is a typo or a date-formatted cell, not a reporting year. */
        public static final int FIRST_YEAR = 1900;
        public static final int LAST_YEAR = 2100;

        private Indicators() { }

        /** The headers of an Indicators sheet with these indicator codes as its columns. */
        public static List<String> headers(List<IndicatorDefinition> codes) {
            return java.util.stream.Stream.concat(SHEET.headers().stream(), codes.stream().map(IndicatorDefinition::code))
                    .toList();
        }
    }

    /** One row per pair of neighbours (each pair once, or both ways with the same length). */
    public static final class Borders {
        public static final LayoutColumn ISO3 = LayoutColumn.key("ISO3");
        public static final LayoutColumn NEIGHBOUR = LayoutColumn.key("Neighbour");
        public static final LayoutColumn LENGTH_KM = LayoutColumn.key("Length_km");
        public static final SheetLayout SHEET = new SheetLayout("Borders", ISO3, NEIGHBOUR, LENGTH_KM);

        private Borders() { }
    }

    /** One row per indicator code: the Indicators column it defines, its unit and bounds. */
    public static final class Dictionary {
        public static final LayoutColumn CODE = LayoutColumn.key("Code");
        public static final LayoutColumn NAME = LayoutColumn.required("Name");
        public static final LayoutColumn UNIT = LayoutColumn.required("Unit");
        public static final LayoutColumn MIN = LayoutColumn.required("Min");
        public static final LayoutColumn MAX = LayoutColumn.required("Max");
        public static final LayoutColumn DESCRIPTION = LayoutColumn.required("Description");
        public static final LayoutColumn SOURCE = LayoutColumn.required("Source");
        public static final SheetLayout SHEET = new SheetLayout("Dictionary", CODE, NAME, UNIT, MIN, MAX, DESCRIPTION,
                SOURCE);

        private Dictionary() { }

        /** A definition as its Dictionary row: each field under its column (null fields stay blank). */
        public static RowValues row(IndicatorDefinition definition) {
            return new RowValues()
                    .put(CODE, definition.code())
                    .put(NAME, definition.name())
                    .put(UNIT, definition.unit())
                    .put(MIN, definition.min())
                    .put(MAX, definition.max())
                    .put(DESCRIPTION, definition.description())
                    .put(SOURCE, definition.source());
        }
    }

    /**
     * The optional Sources sheet: the analyst's notes on where figures come from, and the rows
     * {@code risk import} writes, which the engine reads back into its reports.
     */
    public static final class Sources {
        public static final LayoutColumn KIND = LayoutColumn.key("Kind");
        public static final LayoutColumn SHEET_NAME = LayoutColumn.optional("Sheet");
        public static final LayoutColumn COLUMN = LayoutColumn.key("Column");
        public static final LayoutColumn ISO3 = LayoutColumn.optional("ISO3");
        public static final LayoutColumn YEAR = LayoutColumn.optional("Year");
        public static final LayoutColumn VALUE = LayoutColumn.optional("Value");
        public static final LayoutColumn NOTE = LayoutColumn.optional("Reasoning or note");
        public static final LayoutColumn SOURCE = LayoutColumn.optional("Source");
        public static final LayoutColumn FILE = LayoutColumn.optional("File");
        public static final LayoutColumn EDITION = LayoutColumn.optional("Edition");
        public static final LayoutColumn IMPORTED = LayoutColumn.optional("Imported (UTC)");
        public static final SheetLayout SHEET = new SheetLayout("Sources", KIND, SHEET_NAME, COLUMN, ISO3, YEAR, VALUE,
                NOTE, SOURCE, FILE, EDITION, IMPORTED);
        /** Only imports fill these; an import adds them after the analyst's last header when absent. */
        public static final List<LayoutColumn> IMPORT_COLUMNS = List.of(FILE, EDITION, IMPORTED);

        /** A row about where one column's figures come from. */
        public static final String KIND_COLUMN_SOURCE = "Column source";
        /** A row {@code risk import} wrote. */
        public static final String KIND_IMPORT = "Import";

        private Sources() { }

        /** The headers of the analyst's notes: the sheet's columns before the import columns. */
        public static List<String> noteHeaders() {
            return SHEET.headers().subList(0, SHEET.index(FILE));
        }
    }

    /**
     * The long form of the workbook, as Spark users keep their data: a folder of tables (CSV files,
     * or Parquet for the Spark job) named after the sheets in lower case ({@code countries.csv},
     * {@code indicators.csv}, {@code borders.csv}, {@code dictionary.csv}, optionally
     * {@code sources.csv}), each with the sheet's columns, except indicators: one row per unit,
     * year and indicator code, its value and optionally the range's ends.
     */
    public static final class LongForm {
        public static final LayoutColumn ISO3 = LayoutColumn.key("iso3");
        public static final LayoutColumn YEAR = LayoutColumn.key("year");
        public static final LayoutColumn CODE = LayoutColumn.key("code");
        public static final LayoutColumn VALUE = LayoutColumn.key("value");
        /** The low and high end of the value's range; both blank for a point value. */
        public static final LayoutColumn LOW = LayoutColumn.optional("low");
        public static final LayoutColumn HIGH = LayoutColumn.optional("high");
        public static final SheetLayout INDICATORS = new SheetLayout("indicators", ISO3, YEAR, CODE, VALUE, LOW, HIGH);
        /** The tables a long-form folder must hold, by the sheet each stands for. */
        public static final List<SheetLayout> TABLES = List.of(Countries.SHEET, INDICATORS, Borders.SHEET,
                Dictionary.SHEET);

        private LongForm() { }

        /** The table's name in a folder, without its extension: {@code countries}. */
        public static String tableName(SheetLayout sheet) {
            return sheet.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The four sheets the engine reads, in the order a new workbook has them. */
    public static final List<SheetLayout> READ = List.of(Countries.SHEET, Indicators.SHEET, Borders.SHEET,
            Dictionary.SHEET);
}
