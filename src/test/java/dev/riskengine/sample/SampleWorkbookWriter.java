package dev.riskengine.sample;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.workbook.layout.HeaderRowWriter;
import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.RowValues;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.Borders;
import dev.riskengine.workbook.layout.WorkbookLayout.Countries;
import dev.riskengine.workbook.layout.WorkbookLayout.Dictionary;
import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import dev.riskengine.workbook.layout.WorkbookLayout.Sources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the shipped sample workbook {@code inputs/indicators.xlsx}: eleven North African and
 * Sahel countries, 2014-2016, with every figure cited below and again in the workbook's Sources
 * sheet. The figures live in this class so the workbook can be regenerated and reviewed as code.
 *
 * <p>The governance columns {@code political_stability} and {@code government_effectiveness} (with
 * their Dictionary rows and the "Import" rows of the Sources sheet) are not written here: they
 * come from the World Bank's Worldwide Governance Indicators through the import step below, so the
 * sample holds exactly what {@code risk import table} reads from the published file.
 *
 * <p>Regenerate from the project root in two steps, this writer, then the import:
 * <pre>
 *   mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *        dev.riskengine.sample.SampleWorkbookWriter inputs/indicators.xlsx
 *   ./risk import table WGI-2020-update-1996-2019.xlsx --mapping mappings/wgi.yaml \
 *        --new-code political_stability,government_effectiveness
 *   rm inputs/indicators.backup-*.xlsx
 * </pre>
 * (the WGI workbook, "WGI-2020-update-1996-2019.xlsx", is the 2020 update as the World Bank
 * publishes it; see docs/importing.md).
 *
 * <p>Rules for the data: a figure that could not be traced to a source is left blank (missing),
 * never guessed; analyst judgments (armed groups, foreign support, territorial control) each carry
 * their reasoning in the Sources sheet; a count is entered under the year of the source's date
 * unless a Sources row says otherwise and why.
 */
public final class SampleWorkbookWriter implements AutoCloseable {

    static final int[] YEARS = {2014, 2015, 2016};

    // ------------------------------------------------------------------------------------------
    // Value kinds a cell can hold. A Number becomes a numeric cell, a Pct a percent-formatted
    // numeric cell holding the fraction, a String a text cell (ranges such as "1,200–1,500" or a
    // central value with its range "6000 (6000-7000)"), null a missing value (no cell written).
    // ------------------------------------------------------------------------------------------

    /** A share stored as a fraction and shown as a percentage (0.0565 is shown as 5.65 %). */
    record Pct(double fraction) { }

    record CountryInfo(String iso3, String name, String region, long population) { }

    record Border(String iso3, String neighbour, double lengthKm) { }

    record Definition(String code, String name, String unit, double min, double max,
                      String description, String source, String numberFormat, int width) {
        IndicatorDefinition definition() {
            return new IndicatorDefinition(code, name, unit, min, max, description, source);
        }
    }

    /** One Sources-sheet row. For per-value rows iso3/year/value are set; otherwise they are null. */
    record SourceNote(String kind, String sheet, String column, String iso3, Integer year,
                      Object value, String note, String source) { }

    // ------------------------------------------------------------------------------------------
    // Countries. Population = SIPRI military expenditure in current US$ divided by SIPRI military
    // expenditure per capita (SIPRI Milex 2025 edition, sheets "Current US$" and "Per capita"),
    // for 2016 (Libya: 2014, SIPRI's last year with data), rounded to 0.1 million.
    // E.g. Algeria 2016: 10,217.08 US$ m / 252.715 US$ = 40.43 million -> 40,400,000.
    // ------------------------------------------------------------------------------------------
    static final List<CountryInfo> COUNTRIES = List.of(
            new CountryInfo("DZA", "Algeria", "North Africa", 40_400_000L),
            new CountryInfo("MAR", "Morocco", "North Africa", 34_800_000L),
            new CountryInfo("TUN", "Tunisia", "North Africa", 11_500_000L),
            new CountryInfo("LBY", "Libya", "North Africa", 6_400_000L),
            new CountryInfo("EGY", "Egypt", "North Africa", 100_600_000L),
            new CountryInfo("MLI", "Mali", "Sahel", 18_900_000L),
            new CountryInfo("NER", "Niger", "Sahel", 20_300_000L),
            new CountryInfo("MRT", "Mauritania", "Sahel", 4_000_000L),
            new CountryInfo("BFA", "Burkina Faso", "Sahel", 19_100_000L),
            new CountryInfo("TCD", "Chad", "Sahel", 14_900_000L),
            new CountryInfo("CIV", "Côte d'Ivoire", "West Africa", 25_600_000L));

    // ------------------------------------------------------------------------------------------
    // Indicator codes, in column order, with the Dictionary row of each.
    // ------------------------------------------------------------------------------------------
    static final String FIGHTERS = "fighters_abroad";
    static final String RETURNEES = "returning_fighters";
    static final String GROUPS = "active_armed_groups";
    static final String ATTACKS = "terrorist_attacks";
    static final String COAST = "coastline_km";
    static final String MILEX_PCT = "military_spending_pct_gdp";
    static final String MILEX_USD = "military_spending_usd_m";
    static final String SUPPORT = "foreign_security_support";
    static final String CONTROL = "government_control_pct";

    static final String SRC_SOUFAN_2014 = "The Soufan Group, \"Foreign Fighters in Syria\", June 2014";
    static final String SRC_SOUFAN_2015 = "The Soufan Group, \"Foreign Fighters: An Updated Assessment of the Flow of "
            + "Foreign Fighters into Syria and Iraq\", December 2015 (thesoufancenter.org/research/foreign-fighters/)";
    static final String SRC_SOUFAN_2017 = "Richard Barrett, \"Beyond the Caliphate: Foreign Fighters and the Threat "
            + "of Returnees\", The Soufan Center, October 2017 (data as of 31 October 2017)";
    static final String SRC_SIPRI = "SIPRI Military Expenditure Database, 2025 edition (sipri.org/databases/milex)";
    static final String SRC_FACTBOOK = "CIA, The World Factbook, 2020 edition (cia.gov/the-world-factbook; archived "
            + "as JSON in the public repository factbook/factbook.json), Geography: Land boundaries / Coastline";
    static final String SRC_GTD = "START, Global Terrorism Database, release 0522 (June 2022), start.umd.edu/gtd; "
            + "incidents per country and year as aggregated by Our World in Data (public repository owid/notebooks, "
            + "EdouardMathieu/global_terrorism_database/output)";
    static final String GTD_SHORT = "Global Terrorism Database (START), release 0522, counts as in the terrorist_attacks column";
    static final String SRC_ARTICLE = "Press analysis of jihadist threats in the Maghreb and Sahel, March 2017 "
            + "(the article that motivated this project)";
    static final String SRC_CRT = "US Department of State, Country Reports on Terrorism 2014, 2015 and 2016, country chapters";

    static final List<Definition> DICTIONARY = List.of(
            new Definition(FIGHTERS, "Fighters abroad", "people", 0, 20_000,
                    "Citizens who travelled to join jihadist groups abroad (mainly Syria and Iraq); a cumulative "
                            + "count, entered under the year of the source's date. Ranges allowed.",
                    SRC_SOUFAN_2014 + "; " + SRC_SOUFAN_2015 + "; " + SRC_SOUFAN_2017, "#,##0", 18),
            new Definition(RETURNEES, "Returning fighters", "people", 0, 20_000,
                    "Of the fighters abroad, how many have come home (cumulative).",
                    SRC_SOUFAN_2017, "#,##0", 18),
            new Definition(GROUPS, "Active armed groups", "groups", 0, 50,
                    "Armed jihadist groups active on the territory during the year (analyst count; the groups "
                            + "counted are named in Sources).",
                    "Analyst judgment; see Sources", "0", 18),
            new Definition(ATTACKS, "Terrorist attacks", "attacks", 0, 10_000,
                    "Terrorist incidents recorded on the territory during the year (all perpetrators, all "
                            + "ideologies, as recorded by the GTD).",
                    SRC_GTD, "#,##0", 16),
            new Definition(COAST, "Coastline", "km", 0, 210_000,
                    "Length of coastline (exposure to sea migration routes towards Europe); 0 for landlocked "
                            + "countries. The longest national coastline (Canada) is about 202,000 km.",
                    SRC_FACTBOOK, "#,##0", 13),
            new Definition(MILEX_PCT, "Military spending, share of GDP", "%", 0, 100,
                    "Military expenditure as a share of GDP. Cells are percent-formatted and hold the fraction "
                            + "(0.0565 is shown and read as 5.65 %).",
                    SRC_SIPRI + ", sheet \"Share of GDP\"", "0.00%", 16),
            new Definition(MILEX_USD, "Military spending, current US$ m", "US$ m", 0, 2_000_000,
                    "Military expenditure in millions of US$ at current prices and exchange rates.",
                    SRC_SIPRI + ", sheet \"Current US$\"", "#,##0", 16),
            new Definition(SUPPORT, "Foreign security support", "scale 0-3", 0, 3,
                    "Outside help received against armed groups: 0 none, 1 training or exercises, "
                            + "2 intelligence sharing, 3 direct military support (foreign forces deployed or "
                            + "striking in support of the state). Highest level reached in the year.",
                    "Analyst judgment; see Sources", "0", 16),
            new Definition(CONTROL, "Government territorial control", "%", 0, 100,
                    "Share of the territory under effective control of the state (for Libya: of the "
                            + "internationally recognised government), in percent. Ranges express uncertainty.",
                    "Analyst judgment; see Sources", "0", 16));

    // ------------------------------------------------------------------------------------------
    // Data, per code and country: values for 2014, 2015, 2016.
    // ------------------------------------------------------------------------------------------
    static final Map<String, Map<String, Object[]>> DATA = new LinkedHashMap<>();
    static final List<SourceNote> NOTES = new ArrayList<>();

    static void put(String code, String iso3, Object v2014, Object v2015, Object v2016) {
        DATA.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(iso3, new Object[] {v2014, v2015, v2016});
    }

    /** An analyst judgment: the value goes into Indicators, its reasoning into Sources. */
    static void judge(String code, String iso3, int year, Object value, String reasoning, String source) {
        Object[] values = DATA.computeIfAbsent(code, c -> new LinkedHashMap<>())
                .computeIfAbsent(iso3, i -> new Object[YEARS.length]);
        values[year - YEARS[0]] = value;
        NOTES.add(new SourceNote("Judgment", "Indicators", code, iso3, year, value, reasoning, source));
    }

    /** A sourced value whose placement (year, format) needs explaining. */
    static void noteValue(String code, String iso3, int year, String note, String source) {
        Object value = DATA.get(code).get(iso3)[year - YEARS[0]];
        NOTES.add(new SourceNote("Entry note", "Indicators", code, iso3, year, value, note, source));
    }

    static void noteBlank(String code, String cells, String note, String source) {
        NOTES.add(new SourceNote("Blank", "Indicators", code, null, null, cells, note, source));
    }

    static void noteColumn(String sheet, String column, String note, String source) {
        NOTES.add(new SourceNote("Column source", sheet, column, null, null, null, note, source));
    }

    static {
        // --------------------------------------------------------------------------------------
        // military_spending_usd_m and military_spending_pct_gdp: SIPRI Milex 2025 edition, sheets
        // "Current US$" and "Share of GDP" (stored there as fractions). US$ m rounded to 0.1,
        // shares to 0.01 percentage points. SIPRI has no figure ("...") for Libya 2015-2016 and
        // Niger 2015: left blank.
        // --------------------------------------------------------------------------------------
        put(MILEX_USD, "DZA", 11863.2, 10407.3, 10217.1);
        put(MILEX_USD, "MAR", 4048.6, 3268.4, 3327.2);
        put(MILEX_USD, "TUN", 908.4, 979.3, 987.0);
        put(MILEX_USD, "LBY", 3755.7, null, null);
        put(MILEX_USD, "EGY", 5085.1, 5475.5, 4513.0);
        put(MILEX_USD, "MLI", 218.1, 309.2, 362.4);
        put(MILEX_USD, "NER", 145.6, null, 166.2);
        put(MILEX_USD, "MRT", 144.8, 132.9, 137.3);
        put(MILEX_USD, "BFA", 177.2, 147.9, 149.5);
        put(MILEX_USD, "TCD", 392.4, 221.0, 309.6);
        put(MILEX_USD, "CIV", 521.3, 569.7, 602.5);

        put(MILEX_PCT, "DZA", new Pct(0.0496), new Pct(0.0555), new Pct(0.0565));
        put(MILEX_PCT, "MAR", new Pct(0.0340), new Pct(0.0296), new Pct(0.0298));
        put(MILEX_PCT, "TUN", new Pct(0.0181), new Pct(0.0214), new Pct(0.0222));
        put(MILEX_PCT, "LBY", new Pct(0.0655), null, null);
        put(MILEX_PCT, "EGY", new Pct(0.0169), new Pct(0.0172), new Pct(0.0167));
        put(MILEX_PCT, "MLI", new Pct(0.0152), new Pct(0.0236), new Pct(0.0259));
        put(MILEX_PCT, "NER", new Pct(0.0134), null, new Pct(0.0160));
        put(MILEX_PCT, "MRT", new Pct(0.0220), new Pct(0.0216), new Pct(0.0215));
        put(MILEX_PCT, "BFA", new Pct(0.0127), new Pct(0.0125), new Pct(0.0117));
        put(MILEX_PCT, "TCD", new Pct(0.0216), new Pct(0.0152), new Pct(0.0231));
        put(MILEX_PCT, "CIV", new Pct(0.0107), new Pct(0.0124), new Pct(0.0125));

        // --------------------------------------------------------------------------------------
        // coastline_km: CIA World Factbook 2020 edition, "Coastline". Landlocked countries have a
        // real coastline of 0 km (a value, not a missing one). Static over the three years.
        // Morocco: 1,835 km is the Factbook's figure for Morocco proper; the 2,945 km sometimes
        // quoted adds Western Sahara's 1,110 km (see the note below).
        // --------------------------------------------------------------------------------------
        Map<String, Integer> coast = new LinkedHashMap<>();
        coast.put("DZA", 998);
        coast.put("MAR", 1835);
        coast.put("TUN", 1148);
        coast.put("LBY", 1770);
        coast.put("EGY", 2450);
        coast.put("MLI", 0);
        coast.put("NER", 0);
        coast.put("MRT", 754);
        coast.put("BFA", 0);
        coast.put("TCD", 0);
        coast.put("CIV", 515);
        coast.forEach((iso3, km) -> put(COAST, iso3, km, km, km));

        // --------------------------------------------------------------------------------------
        // terrorist_attacks: GTD incidents per country-year (GTD release 0522, aggregated by Our
        // World in Data). The aggregation has no row for a country-year without incidents; those
        // are entered as 0 (the GTD recorded none), e.g. Mauritania 2014-2016.
        // --------------------------------------------------------------------------------------
        put(ATTACKS, "DZA", 13, 15, 9);
        put(ATTACKS, "MAR", 0, 1, 0);
        put(ATTACKS, "TUN", 23, 19, 12);
        put(ATTACKS, "LBY", 729, 543, 422);
        put(ATTACKS, "EGY", 354, 647, 376);
        put(ATTACKS, "MLI", 69, 121, 100);
        put(ATTACKS, "NER", 5, 41, 25);
        put(ATTACKS, "MRT", 0, 0, 0);
        put(ATTACKS, "BFA", 0, 6, 10);
        put(ATTACKS, "TCD", 1, 27, 5);
        put(ATTACKS, "CIV", 1, 4, 1);

        // --------------------------------------------------------------------------------------
        // fighters_abroad (cumulative stock, entered under the year of the source's date):
        //  2014: Soufan Group, June 2014 - Tunisia about 3,000, Morocco about 1,500.
        //  2015: Soufan Group, December 2015 - Tunisia 6,000 (Tunisian press reading of the same
        //        report: 6,000-7,000), Morocco 1,200 official (October 2015) to 1,500, Algeria 170,
        //        Libya 600 (the report calls the Algerian and Libyan figures based on limited data).
        //  2016: Soufan Center, October 2017 - Tunisia 2,926 (the government's revised count);
        //        entered under 2016, see the entry note.
        // Everything else blank: no figure found for the Sahel countries or Côte d'Ivoire; the
        // Egyptian figure (reported elsewhere as about 600 for December 2015) could not be checked.
        // --------------------------------------------------------------------------------------
        put(FIGHTERS, "TUN", 3000, "6000 (6000-7000)", 2926);
        put(FIGHTERS, "MAR", 1500, "1,200–1,500", null);
        put(FIGHTERS, "DZA", null, 170, null);
        put(FIGHTERS, "LBY", null, 600, null);

        // returning_fighters: Soufan Center, October 2017 - Tunisia about 800, Morocco about 200
        // (North Africa about 1,100). Entered under 2016; see the entry notes.
        put(RETURNEES, "TUN", null, null, 800);
        put(RETURNEES, "MAR", null, null, 200);

        defineJudgments();
        defineNotes();
    }

    // ------------------------------------------------------------------------------------------
    // Borders (each pair once): CIA World Factbook 2020 edition, "Land boundaries". Neighbours
    // outside the assessed list are included with their real lengths (the reader warns about them
    // and draws no spillover from them). checkBorderTotals() verifies the sums against the
    // Factbook's "total" line of every assessed country.
    // ------------------------------------------------------------------------------------------
    static final List<Border> BORDERS = List.of(
            // Algeria (total 6,734 km)
            new Border("DZA", "MAR", 1900), new Border("DZA", "ESH", 41), new Border("DZA", "MLI", 1359),
            new Border("DZA", "TUN", 1034), new Border("DZA", "LBY", 989), new Border("DZA", "NER", 951),
            new Border("DZA", "MRT", 460),
            // Morocco (total 2,362.5 km): Western Sahara 444; Spain = Ceuta 8 + Melilla 10.5
            new Border("MAR", "ESH", 444), new Border("MAR", "ESP", 18.5),
            // Tunisia (total 1,495 km)
            new Border("TUN", "LBY", 461),
            // Libya (total 4,339 km)
            new Border("LBY", "EGY", 1115), new Border("LBY", "TCD", 1050), new Border("LBY", "NER", 342),
            new Border("LBY", "SDN", 382),
            // Egypt (total 2,612 km): Gaza Strip coded PSE
            new Border("EGY", "SDN", 1276), new Border("EGY", "ISR", 208), new Border("EGY", "PSE", 13),
            // Mali (total 7,908 km)
            new Border("MLI", "MRT", 2236), new Border("MLI", "NER", 838), new Border("MLI", "BFA", 1325),
            new Border("MLI", "CIV", 599), new Border("MLI", "GIN", 1062), new Border("MLI", "SEN", 489),
            // Niger (total 5,834 km)
            new Border("NER", "BFA", 622), new Border("NER", "TCD", 1196), new Border("NER", "NGA", 1608),
            new Border("NER", "BEN", 277),
            // Mauritania (total 5,002 km)
            new Border("MRT", "SEN", 742), new Border("MRT", "ESH", 1564),
            // Burkina Faso (total 3,611 km)
            new Border("BFA", "CIV", 545), new Border("BFA", "GHA", 602), new Border("BFA", "BEN", 386),
            new Border("BFA", "TGO", 131),
            // Chad (total 6,406 km)
            new Border("TCD", "CMR", 1116), new Border("TCD", "CAF", 1556), new Border("TCD", "NGA", 85),
            new Border("TCD", "SDN", 1403),
            // Côte d'Ivoire (total 3,458 km)
            new Border("CIV", "GHA", 720), new Border("CIV", "GIN", 816), new Border("CIV", "LBR", 778));

    /** The Factbook's "Land boundaries: total" of each assessed country, km. */
    static final Map<String, Double> FACTBOOK_BORDER_TOTALS = Map.ofEntries(
            Map.entry("DZA", 6734.0), Map.entry("MAR", 2362.5), Map.entry("TUN", 1495.0),
            Map.entry("LBY", 4339.0), Map.entry("EGY", 2612.0), Map.entry("MLI", 7908.0),
            Map.entry("NER", 5834.0), Map.entry("MRT", 5002.0), Map.entry("BFA", 3611.0),
            Map.entry("TCD", 6406.0), Map.entry("CIV", 3458.0));

    static void checkBorderTotals() {
        for (Map.Entry<String, Double> e : FACTBOOK_BORDER_TOTALS.entrySet()) {
            double sum = BORDERS.stream()
                    .filter(b -> b.iso3().equals(e.getKey()) || b.neighbour().equals(e.getKey()))
                    .mapToDouble(Border::lengthKm).sum();
            if (Math.abs(sum - e.getValue()) > 0.01) {
                throw new IllegalStateException("Borders of " + e.getKey() + " sum to " + sum
                        + " km, the Factbook total is " + e.getValue() + " km");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Analyst judgments. Each value is written with its reasoning; the reasoning names the facts
    // it rests on and where they are reported.
    // ------------------------------------------------------------------------------------------
    static void defineJudgments() {
        String groupsNote = " Counted: groups that carried out or claimed attacks, or held fighters and bases, on the "
                + "territory during the year; a bare recruiting cell is not counted.";

        // ---- active_armed_groups ----
        judge(GROUPS, "DZA", 2014, 2, "AQIM (ambush at Iboudrarene, April 2014, 11 soldiers killed) and Jund "
                + "al-Khilafa, which split from AQIM and pledged to the Islamic State on 13-14 September 2014 and "
                + "kidnapped and killed Hervé Gourdel in Kabylie." + groupsNote,
                "France 24, 23 September 2014 (Jund al-Khalifa: the IS-linked group...); " + SRC_CRT);
        judge(GROUPS, "DZA", 2015, 2, "AQIM and the remnants of Jund al-Khilafa / IS loyalists (leader Abdelmalek "
                + "Gouri killed in December 2014; the army kept hunting the group in 2015). GTD: 15 incidents."
                + groupsNote, SRC_CRT + "; " + GTD_SHORT);
        judge(GROUPS, "DZA", 2016, 2, "AQIM and small IS-aligned cells, both much reduced; GTD records 9 "
                + "incidents." + groupsNote,
                SRC_CRT + "; " + GTD_SHORT);

        for (int year : YEARS) {
            judge(GROUPS, "MAR", year, 0, "No armed group held ground or ran a campaign in Morocco; GTD records "
                    + (year == 2015 ? "1 incident" : "no incident") + " in " + year + ". The threat took the form "
                    + "of IS-linked recruiting cells that the authorities dismantled, which this indicator does not "
                    + "count (a rule can use a separate recruiting_cells_dismantled column).",
                    GTD_SHORT + "; " + SRC_CRT);
        }

        judge(GROUPS, "TUN", 2014, 2, "Okba Ibn Nafaa Battalion (AQIM's Tunisian branch in the Chaambi mountains, "
                + "Kasserine; July 2014 attack killed 15 soldiers) and the Ansar al-Sharia Tunisia network "
                + "(banned as terrorist in August 2013, still armed and recruiting)." + groupsNote, SRC_CRT);
        judge(GROUPS, "TUN", 2015, 2, "Okba Ibn Nafaa Battalion and the Islamic State network (Bardo museum, "
                + "March 2015; Sousse beach, June 2015; presidential guard bus, November 2015), including Jund "
                + "al-Khilafa's Tunisian cells in the Kasserine mountains, counted as one IS network." + groupsNote,
                "VOA, 10 July 2015 (IS claimed Bardo and Sousse); " + SRC_CRT);
        judge(GROUPS, "TUN", 2016, 2, "Okba Ibn Nafaa Battalion and the Islamic State (assault on Ben Guerdane "
                + "from Libya, March 2016)." + groupsNote, SRC_CRT);

        String libya = " Libya counts four: Ansar al-Sharia (Benghazi, Derna; inside the Benghazi Revolutionaries "
                + "Shura Council, not counted separately), the Islamic State, the Mujahideen Shura Council of Derna "
                + "(from December 2014) and AQIM / al-Mourabitoun networks in the south-west.";
        judge(GROUPS, "LBY", 2014, 4, "Islamic State established in Derna (pledge of October-November 2014)."
                + libya, SRC_CRT);
        judge(GROUPS, "LBY", 2015, 4, "Islamic State took Sirte (February-June 2015) and was pushed out of Derna "
                + "by the Derna Mujahideen Shura Council (June 2015)." + libya, SRC_CRT);
        judge(GROUPS, "LBY", 2016, 4, "Islamic State lost Sirte to GNA-aligned forces with US air support "
                + "(August-December 2016) but remained active; the other three groups kept fighting." + libya,
                SRC_CRT + "; Air & Space Forces Magazine, December 2016 (end of Operation Odyssey Lightning)");

        String egypt = " Hasm and Liwa al-Thawra (from 2016) are not counted: armed, but not jihadist groups.";
        judge(GROUPS, "EGY", 2014, 2, "Ansar Bayt al-Maqdis (Sinai; pledged to the Islamic State in November 2014 "
                + "and became Wilayat Sinai) and Ajnad Misr (bombings in Cairo)." + groupsNote, SRC_CRT);
        judge(GROUPS, "EGY", 2015, 3, "Wilayat Sinai, Ajnad Misr (until its leader was killed in April 2015) and "
                + "Islamic State cells in the Nile valley (bombing of the Italian consulate in Cairo, July 2015)."
                + egypt, SRC_CRT);
        judge(GROUPS, "EGY", 2016, 2, "Wilayat Sinai and Islamic State cells in the mainland (St Peter's church "
                + "bombing, Cairo, December 2016)." + egypt, SRC_CRT);

        judge(GROUPS, "MLI", 2014, 3, "AQIM, Ansar Dine and al-Mourabitoun (formed August 2013 from MUJAO and "
                + "Belmokhtar's brigade)." + groupsNote, SRC_CRT + "; " + SRC_ARTICLE);
        judge(GROUPS, "MLI", 2015, 4, "AQIM, Ansar Dine, al-Mourabitoun and the Massina Brigade / Macina "
                + "Liberation Front (first attacks in central Mali, January 2015). Al-Sahraoui's May 2015 pledge to "
                + "the Islamic State is counted from 2016, when the Islamic State acknowledged it.",
                SRC_CRT + "; " + SRC_ARTICLE);
        judge(GROUPS, "MLI", 2016, 5, "AQIM (with its Sahara Emirate), Ansar Dine, al-Mourabitoun, the Massina "
                + "Brigade and the Islamic State in the Greater Sahara (formed 2016). Four of them merged in "
                + "February-March 2017, after the period.", SRC_ARTICLE + "; " + SRC_CRT);

        String niger = " Boko Haram split in August 2016 (ISWAP and Shekau's faction); attacks in Diffa are not "
                + "reliably attributed to one faction, so it is counted once.";
        judge(GROUPS, "NER", 2014, 2, "MUJAO / al-Mourabitoun in Tillabéri (attacks on army posts near the "
                + "Malian border, October 2014) and Boko Haram, using the Diffa region as a rear base."
                + groupsNote, SRC_CRT + "; " + GTD_SHORT);
        judge(GROUPS, "NER", 2015, 2, "Boko Haram (attacks on Diffa and Bosso from February 2015; pledged to the "
                + "Islamic State in March 2015) and al-Mourabitoun's Sahraoui faction in the west.", SRC_CRT);
        judge(GROUPS, "NER", 2016, 2, "Boko Haram and the Islamic State in the Greater Sahara (attacks in "
                + "Tillabéri and Tahoua attributed to it, e.g. Tazalit and Koutoukalé, October 2016)." + niger, SRC_CRT);

        judge(GROUPS, "MRT", 2014, 0, "No attack since 2011 (GTD: no incident 2012-2017); AQIM did not operate "
                + "on Mauritanian territory in the period.", GTD_SHORT + "; " + SRC_CRT);
        judge(GROUPS, "MRT", 2015, 0, "As in 2014: no incident recorded, no group operating on the territory.",
                GTD_SHORT + "; " + SRC_CRT);
        judge(GROUPS, "MRT", 2016, 0, "As in 2014: no incident recorded, no group operating on the territory.",
                GTD_SHORT + "; " + SRC_CRT);

        judge(GROUPS, "BFA", 2014, 0, "No jihadist group active in Burkina Faso; the GTD records no incident in "
                + "2014.", GTD_SHORT);
        judge(GROUPS, "BFA", 2015, 2, "Al-Mourabitoun (claimed the kidnapping of a Romanian at Tambao, April "
                + "2015) and Ansar Dine / Macina-linked fighters (Samorogouan attack, October 2015, attributed to "
                + "them). GTD: 6 incidents.", SRC_CRT + "; " + GTD_SHORT);
        judge(GROUPS, "BFA", 2016, 3, "AQIM with al-Mourabitoun (Ouagadougou hotel attack, January 2016), the "
                + "Islamic State in the Greater Sahara (Markoye, 1 September; Intangom, 12 October 2016) and "
                + "Ansarul Islam (Nassoumbou, 16 December 2016, 12 soldiers killed, its first attack).",
                "CTC Sentinel, ctc.westpoint.edu/ansaroul-islam-growing-terrorist-insurgency-burkina-faso/; "
                        + "Dakaractu, January 2017 (Markoye and Intangom claimed by al-Sahraoui)");

        judge(GROUPS, "TCD", 2014, 0, "Boko Haram's first attack on Chadian soil came on 13 February 2015 "
                + "(Ngouboua); no group operated in Chad in 2014 (GTD: 1 incident that year).",
                "Reuters / UPI, 13 February 2015; " + GTD_SHORT);
        judge(GROUPS, "TCD", 2015, 1, "Boko Haram: Ngouboua (February 2015), N'Djamena suicide bombings (June "
                + "and July 2015), Lac region attacks. GTD: 27 incidents.", "UPI, 13 February 2015; " + GTD_SHORT);
        judge(GROUPS, "TCD", 2016, 1, "Boko Haram around Lake Chad (counted once; see the note on the August 2016 "
                + "split under Niger). GTD: 5 incidents.", GTD_SHORT + "; " + SRC_CRT);

        String civ = " Grand-Bassam (March 2016) was the first Islamist terrorist attack in Côte d'Ivoire, so the "
                + "incidents the GTD records before it are of other kinds.";
        judge(GROUPS, "CIV", 2014, 0, "No jihadist group active (GTD: 1 incident)." + civ,
                GTD_SHORT + "; International Travel News, May 2016");
        judge(GROUPS, "CIV", 2015, 0, "No jihadist group active (GTD: 4 incidents)." + civ,
                GTD_SHORT + "; International Travel News, May 2016");
        judge(GROUPS, "CIV", 2016, 1, "AQIM (with al-Mourabitoun, which had rejoined it) attacked the beach "
                + "resort of Grand-Bassam on 13 March 2016 and claimed it. Counted as one group.",
                "France 24, 13 March 2016; " + SRC_ARTICLE);

        // ---- foreign_security_support (0 none, 1 training/exercises, 2 intelligence, 3 direct) ----
        for (int year : YEARS) {
            judge(SUPPORT, "DZA", year, 2, "Algeria accepts no foreign troops but exchanges intelligence: with "
                    + "the US and France on the Sahel (State Department reports) and, per the March 2017 article, "
                    + "Russian intelligence and satellite imagery of its border crossings with Tunisia, Libya, "
                    + "Chad and Mali." + (year == 2016 ? "" : " The Russian imagery may date from later; the "
                    + "Western intelligence exchange alone supports level 2 for " + year + "."),
                    SRC_ARTICLE + "; " + SRC_CRT);
            judge(SUPPORT, "MAR", year, 1, "Exercises and training: the annual African Lion exercise with US forces, "
                    + "participation in Flintlock (Morocco hosted Flintlock-2017 per the article) and military "
                    + "agreements with Russia (March 2016). No foreign forces operate in Morocco. Morocco is itself "
                    + "a provider of intelligence to European partners, which is not counted here.",
                    SRC_ARTICLE + "; " + SRC_CRT);
            judge(SUPPORT, "MLI", year, 3, "Foreign forces fight in Mali: French Operation Serval (January 2013 - "
                    + "July 2014), then Operation Barkhane (from 1 August 2014, regional base at Gao), and the UN "
                    + "mission MINUSMA (from July 2013).", "defenceWeb / ADF, April 2015 (Operation Barkhane); "
                    + SRC_CRT);
            judge(SUPPORT, "NER", year, 3, "Foreign forces are based in Niger: Barkhane's intelligence base in "
                    + "Niamey and forward base at Madama (from August 2014), US surveillance drones at Niamey, and "
                    + (year == 2014 ? "French air support from Niamey under Serval earlier in 2014."
                    : "Chadian troops fighting Boko Haram in Diffa with the Multinational Joint Task Force (2015-2016)."),
                    "defenceWeb / ADF, April 2015 (Operation Barkhane); " + SRC_CRT);
            judge(SUPPORT, "TCD", year, 3, "French forces stationed in Chad: Operation Épervier until July 2014, "
                    + "then the headquarters and main air base of Operation Barkhane in N'Djamena (from August "
                    + "2014), providing air and surveillance support.",
                    "defenceWeb / ADF, April 2015 (Operation Barkhane)");
            judge(SUPPORT, "MRT", year, 1, "Training and exercises: a G5 Sahel partner of Barkhane, with French and "
                    + "US training programmes (Flintlock). No foreign forces engaged on its territory.", SRC_CRT);
            judge(SUPPORT, "CIV", year, 3, "Foreign forces deployed in support of the state: the UN mission UNOCI "
                    + "(until June 2017) and French forces (Licorne, then the French Forces in Côte d'Ivoire base "
                    + "at Port-Bouët from January 2015)" + (year == 2016 ? "; French security assistance after the "
                    + "Grand-Bassam attack." : "."), SRC_CRT);
            judge(SUPPORT, "EGY", year, 2, "Intelligence and security coordination with Israel over Sinai (Israel "
                    + "agreed to Egyptian troop levels beyond the peace treaty's limits) and with the US, which "
                    + "also gives about US$1.3 bn a year in military aid. No foreign forces engage in Egypt. "
                    + "Moderate confidence: the intelligence exchange is reported, not officially documented.",
                    SRC_CRT);
        }
        judge(SUPPORT, "TUN", 2014, 1, "Training and equipment from the US and European partners for the army "
                + "and border guards; no intelligence arrangement publicly documented for 2014.", SRC_CRT);
        judge(SUPPORT, "TUN", 2015, 2, "After the Bardo and Sousse attacks: designated a major non-NATO ally of "
                + "the US (July 2015); US, German and British support for surveillance of the Libyan border.",
                "VOA, 10 July 2015; " + SRC_CRT);
        judge(SUPPORT, "TUN", 2016, 2, "Intelligence sharing: Russian intelligence and satellite imagery (per the "
                + "March 2017 article) and Western surveillance support on the Libyan border. No foreign forces "
                + "engage in Tunisia.", SRC_ARTICLE + "; " + SRC_CRT);
        judge(SUPPORT, "LBY", 2014, 0, "No support to a recognised government: Western embassies evacuated in "
                + "July 2014; the unacknowledged air raids on Tripoli in August 2014 were not support to the "
                + "state.", SRC_CRT);
        judge(SUPPORT, "LBY", 2015, 3, "Direct military action: Egyptian air strikes on the Islamic State in Derna "
                + "(February 2015) coordinated with the internationally recognised government, and a US strike "
                + "in Derna (November 2015).", SRC_CRT);
        judge(SUPPORT, "LBY", 2016, 3, "Operation Odyssey Lightning: 495 US air strikes at the request of the "
                + "Government of National Accord, supporting its forces in retaking Sirte (1 August - 19 December "
                + "2016).", "Air & Space Forces Magazine, December 2016; countervortex.org, August 2016");
        judge(SUPPORT, "BFA", 2014, 2, "French special forces (task force Sabre) based in Ouagadougou, in the "
                + "Barkhane framework from August 2014: intelligence and partnership, no combat in Burkina Faso.",
                "defenceWeb / ADF, April 2015 (Operation Barkhane)");
        judge(SUPPORT, "BFA", 2015, 2, "As in 2014: French special forces based in Ouagadougou, intelligence and "
                + "partnership, no combat in Burkina Faso.", "defenceWeb / ADF, April 2015 (Operation Barkhane)");
        judge(SUPPORT, "BFA", 2016, 3, "French special forces, with US support, helped Burkinabe forces end the "
                + "January 2016 Ouagadougou hotel attack.", SRC_CRT);

        // ---- government_control_pct ----
        String coarse = " A coarse analyst estimate: no survey measures territorial control.";
        for (int year : YEARS) {
            judge(CONTROL, "DZA", year, 99, "The state controls its territory; armed groups keep only hideouts in "
                    + "the Kabylie mountains and move through the far-south border areas, which the army patrols."
                    + coarse, SRC_CRT);
            judge(CONTROL, "MAR", year, 100, "No territory is held or contested by armed groups. Morocco here means "
                    + "Morocco proper, as in the Factbook figures used for coastline and borders; Western Sahara is "
                    + "a separate neighbour (ESH).", SRC_CRT + "; " + SRC_FACTBOOK);
            judge(CONTROL, "TUN", year, 99, "Closed military zones in the Chaambi, Semmama and Salloum mountains "
                    + "(Kasserine), where the Okba Ibn Nafaa Battalion hides, cover well under 1 % of the territory."
                    + coarse, SRC_CRT);
            judge(CONTROL, "EGY", year, 98, "The insurgency contests the north-east of North Sinai (Rafah, Sheikh "
                    + "Zuweid, El Arish outskirts); North Sinai governorate is about 3 % of Egypt's area and the "
                    + "contested part is less than that." + coarse, SRC_CRT);
            judge(CONTROL, "MRT", year, 99, "The state controls its territory; the remote north-eastern desert is a "
                    + "military zone crossed by smuggling routes." + coarse, SRC_CRT);
            judge(CONTROL, "CIV", year, 100, "State authority restored across the country after the 2010-2011 "
                    + "crisis; no territory held by armed groups in 2014-2016.", SRC_CRT);
        }
        judge(CONTROL, "LBY", 2014, "20-40", "Rival governments from August 2014: the recognised House of "
                + "Representatives held parts of the east (Tobruk, al-Bayda; Benghazi contested), Libya Dawn held "
                + "Tripoli and the west, tribal militias the south, the Islamic State Derna. Range = share held by "
                + "the recognised government." + coarse, SRC_CRT + "; " + SRC_ARTICLE + " (\"the weakest link\")");
        judge(CONTROL, "LBY", 2015, "20-40", "Division unchanged; the Islamic State added Sirte and a strip of "
                + "coast around it (February-June 2015)." + coarse, SRC_CRT);
        judge(CONTROL, "LBY", 2016, "10-30", "The UN-backed Government of National Accord (recognised from 2016) "
                + "held parts of Tripoli and relied on Misrata forces; the east and the oil crescent were under "
                + "forces loyal to the rival House of Representatives. Sirte retaken in December 2016." + coarse,
                SRC_CRT + "; Air & Space Forces Magazine, December 2016");
        judge(CONTROL, "MLI", 2014, "60 (50-70)", "After the army's defeat at Kidal (21 May 2014) the Kidal region "
                + "(about an eighth of Mali) was left to the rebel coordination; in the rest of the north (about "
                + "two-thirds of Mali with Kidal) the state held the towns with MINUSMA and French support but not "
                + "the countryside." + coarse, "RFI / BBC reports, 21-22 May 2014; " + SRC_CRT);
        judge(CONTROL, "MLI", 2015, "55 (45-65)", "The June 2015 peace accord left Kidal with the rebel "
                + "coordination; the Macina insurgency spread into central Mali (Mopti) from January 2015."
                + coarse, SRC_CRT);
        judge(CONTROL, "MLI", 2016, "50 (40-60)", "State services absent from much of the north and the centre; "
                + "attacks spread through Mopti and Ségou." + coarse, SRC_CRT);
        judge(CONTROL, "NER", 2014, 98, "The state controls its territory; Boko Haram used the Diffa region and "
                + "Lake Chad islands as a rear base." + coarse, SRC_CRT);
        judge(CONTROL, "NER", 2015, 95, "State of emergency in Diffa from February 2015; Lake Chad islands and "
                + "parts of the Komadougou valley contested (the Diffa region is about 12 % of Niger)." + coarse,
                SRC_CRT);
        judge(CONTROL, "NER", 2016, 95, "As in 2015; attacks also on the Malian border (Tillabéri, Tahoua) without "
                + "loss of territory." + coarse, SRC_CRT);
        judge(CONTROL, "BFA", 2014, 100, "No territory held or contested by armed groups.", GTD_SHORT);
        judge(CONTROL, "BFA", 2015, 100, "Isolated attacks in the north and west; no territory lost.", SRC_CRT);
        judge(CONTROL, "BFA", 2016, 99, "Insurgency starting in Soum province (north) at the end of 2016; the "
                + "state was still present." + coarse, "ctc.westpoint.edu (Ansaroul Islam)");
        judge(CONTROL, "TCD", 2014, 98, "The state controls its territory; the Tibesti and the Lake Chad islands "
                + "are thinly administered." + coarse, SRC_CRT);
        judge(CONTROL, "TCD", 2015, 95, "Boko Haram contests the Lake Chad islands (state of emergency in the Lac "
                + "region from November 2015)." + coarse, SRC_CRT);
        judge(CONTROL, "TCD", 2016, 95, "As in 2015." + coarse, SRC_CRT);
    }

    static void defineNotes() {
        // ---- placement and format of sourced values ----
        noteValue(FIGHTERS, "TUN", 2014, "June 2014 report: about 3,000 Tunisians; entered under 2014, the year "
                + "of the report.", SRC_SOUFAN_2014 + "; Arabic press report via sauress.com/ajl/1162601");
        noteValue(FIGHTERS, "MAR", 2014, "June 2014 report: about 1,500 Moroccans; entered under 2014.",
                SRC_SOUFAN_2014 + "; Arabic press report via sauress.com/ajl/1162601");
        noteValue(FIGHTERS, "TUN", 2015, "Central value with range: 6,000 is the report's figure; 7,000 is the "
                + "upper end given by the Tunisian press reporting the same report (\"entre 6000 et 7000\"). "
                + "Entered under 2015, the year of the report.",
                SRC_SOUFAN_2015 + "; Tuniscope, 8 December 2015 (turess.com/fr/tuniscopefr/84319)");
        noteValue(FIGHTERS, "MAR", 2015, "Range 1,200 (Morocco's official estimate, October 2015, which the report "
                + "believes too low) to 1,500 (upper figure in the Moroccan press account of the same report). "
                + "Entered under 2015.",
                SRC_SOUFAN_2015 + "; Febrayer via maghress.com/febrayer/292313");
        noteValue(FIGHTERS, "DZA", 2015, "About 170 Algerians; the report says its Algerian and Libyan figures rest "
                + "on limited data. Entered under 2015.", SRC_SOUFAN_2015);
        noteValue(FIGHTERS, "LBY", 2015, "About 600 Libyans (limited data, per the report). Entered under 2015.",
                SRC_SOUFAN_2015);
        noteValue(FIGHTERS, "TUN", 2016, "2,926: the Tunisian government's revised count reported in October "
                + "2017. Entered under 2016, the workbook's last year, because the flow of fighters had stalled by "
                + "late 2015 (per the same report), so the October 2017 total also describes end-2016. The fall "
                + "from 6,000 is a revision of the count, not fewer fighters: rules should not read it as a trend.",
                SRC_SOUFAN_2017 + "; Washington Times, 24 October 2017");
        noteValue(RETURNEES, "TUN", 2016, "About 800 returned by October 2017. Entered under 2016 (the last year "
                + "in the workbook) as the best available figure: it is cumulative to October 2017, so it may "
                + "overstate returns by the end of 2016.", SRC_SOUFAN_2017 + "; HispanTV / Suffolk Journal, October 2017");
        noteValue(RETURNEES, "MAR", 2016, "About 200 (\"almost 200\") returned by October 2017. Entered under 2016 "
                + "for the same reason as Tunisia; may overstate returns by the end of 2016.",
                SRC_SOUFAN_2017 + "; HispanTV, October 2017");
        NOTES.add(new SourceNote("Entry note", "Indicators", COAST, "MAR", null, 1835, "Morocco proper, as in the "
                + "Factbook's Morocco entry. The 2,945 km sometimes quoted for Morocco is 1,835 km plus Western "
                + "Sahara's 1,110 km; Western Sahara is kept separate (ESH) here, as in the Borders sheet.",
                SRC_FACTBOOK));
        NOTES.add(new SourceNote("Entry note", "Indicators", COAST, "DZA", null, 998, "The Factbook gives 998 km; "
                + "the March 2017 article's 1,200 km is not used.", SRC_FACTBOOK));
        NOTES.add(new SourceNote("Entry note", "Indicators", ATTACKS, null, null, "zeros",
                "Zeros (MAR 2014 and 2016, MRT 2014-2016, BFA 2014) mean the GTD records no incident for that "
                        + "country-year, not that data is missing. GTD figures are revised between releases.",
                SRC_GTD));

        // ---- blanks ----
        noteBlank(FIGHTERS, "MLI, NER, MRT, BFA, TCD, CIV: 2014-2016",
                "No country figure for these countries in the Soufan reports consulted; left blank.",
                SRC_SOUFAN_2014 + "; " + SRC_SOUFAN_2015 + "; " + SRC_SOUFAN_2017);
        noteBlank(FIGHTERS, "EGY: 2014-2016", "Egypt's Soufan figures (about 600 in December 2015 per secondary "
                + "accounts) could not be checked against the report; left blank rather than guessed.",
                SRC_SOUFAN_2015);
        noteBlank(FIGHTERS, "DZA 2014, LBY 2014, DZA 2016, LBY 2016, MAR 2016",
                "June 2014 and October 2017 figures for these countries could not be checked; left blank.",
                SRC_SOUFAN_2014 + "; " + SRC_SOUFAN_2017);
        noteBlank(RETURNEES, "all countries 2014-2015; all but TUN and MAR in 2016",
                "No returnee counts by year were found; the only checked figures are the October 2017 totals for "
                        + "Tunisia and Morocco (entered under 2016).", SRC_SOUFAN_2017);
        noteBlank(MILEX_USD + ", " + MILEX_PCT, "LBY 2015, LBY 2016, NER 2015",
                "SIPRI has no figure (\"...\") for these country-years.", SRC_SIPRI);

        // ---- column sources ----
        noteColumn("Countries", "ISO3", "ISO 3166-1 alpha-3 codes.", "ISO 3166-1");
        noteColumn("Countries", "Name / Region", "Region is this project's grouping: North Africa, Sahel, West "
                + "Africa.", "Project convention");
        noteColumn("Countries", "Population", "People, not millions. SIPRI current-US$ military expenditure "
                + "divided by SIPRI military expenditure per capita, 2016 (Libya 2014), rounded to 0.1 million "
                + "(e.g. Algeria 10,217.08 / 252.715 = 40.4 million).", SRC_SIPRI + ", sheets \"Current US$\" and "
                + "\"Per capita\"");
        for (Definition d : DICTIONARY) {
            noteColumn("Indicators", d.code(), d.description(), d.source());
        }
        noteColumn("Borders", "ISO3 / Neighbour / Length_km", "Each pair once. Neighbours outside Countries "
                + "(ESH Western Sahara, ESP Spain at Ceuta and Melilla, SDN, ISR, PSE for the Gaza Strip, GIN, SEN, "
                + "NGA, BEN, GHA, TGO, CMR, CAF, LBR) are included with their real lengths. The lengths of each "
                + "assessed country sum to the Factbook's total. Earlier Factbook editions give Algeria-Morocco "
                + "1,941 km, which is the 1,900 km Algeria-Morocco plus the 41 km Algeria-Western Sahara used here.",
                SRC_FACTBOOK);
        noteColumn("Dictionary", "Min / Max", "Validation bounds in the unit shown (percent columns in percent).",
                "Project convention");
    }

    // ------------------------------------------------------------------------------------------
    // Writing
    // ------------------------------------------------------------------------------------------

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CreationHelper helper = wb.getCreationHelper();
    private final Map<String, CellStyle> styles = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleWorkbookWriter <output.xlsx>");
            System.exit(2);
        }
        checkBorderTotals();
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter().build();
             OutputStream os = Files.newOutputStream(out)) {
            writer.write(os);
        }
        System.out.println("wrote " + out);
    }

    SampleWorkbookWriter build() {
        var props = wb.getProperties().getCoreProperties();
        props.setTitle("Country Risk Engine - sample indicators, North Africa and Sahel 2014-2016");
        props.setCreator("Country Risk Engine sample generator");
        props.setDescription("Regenerate with dev.riskengine.sample.SampleWorkbookWriter; sources in the Sources sheet.");
        writeCountries();
        writeIndicators();
        writeBorders();
        writeDictionary();
        writeSources();
        return this;
    }

    void write(OutputStream out) throws IOException {
        wb.write(out);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    private CellStyle style(String key, String format, boolean bold, boolean wrap, HorizontalAlignment align) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            if (format != null) {
                s.setDataFormat(helper.createDataFormat().getFormat(format));
            }
            if (bold) {
                Font f = wb.createFont();
                f.setBold(true);
                s.setFont(f);
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.THIN);
            }
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (align != null) {
                s.setAlignment(align);
            }
            return s;
        });
    }

    private CellStyle header() {
        return style("header", null, true, false, null);
    }

    private CellStyle text() {
        return style("text", null, false, false, null);
    }

    private CellStyle wrapped() {
        return style("wrapped", null, false, true, null);
    }

    private CellStyle numeric(String format) {
        return style("num:" + format, format, false, false, null);
    }

    private CellStyle rangeText() {
        return style("range", "@", false, false, HorizontalAlignment.RIGHT);
    }

    /** A standard sheet with its header row: a note on each header that has one, each column's width. */
    private Sheet sheet(SheetLayout layout, List<String> headers, String[] comments, int[] widths) {
        Sheet sh = wb.createSheet(layout.name());
        Row row = HeaderRowWriter.write(sh, headers, header());
        for (int i = 0; i < headers.size(); i++) {
            if (comments != null && comments[i] != null) {
                HeaderRowWriter.note(row.getCell(i), comments[i], 0, 6);
            }
            sh.setColumnWidth(i, Math.max(widths[i], headers.get(i).length() + 3) * 256);
        }
        // Repeating the rows first marks the page setup as the sheet's own (usePrinterDefaults="false").
        sh.createFreezePane(0, 1);
        sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sh.setFitToPage(true);
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        return sh;
    }

    private Sheet sheet(SheetLayout layout, String[] comments, int[] widths) {
        return sheet(layout, layout.headers(), comments, widths);
    }

    /**
     * Sets a row's height from its longest wrapped text: spreadsheet programs do not always grow
     * rows on opening, and wrapped text would otherwise overlap the next row.
     */
    private static void fitHeight(Sheet sh, Row row) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellStyle().getWrapText() && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                double charsPerLine = Math.max(1, sh.getColumnWidth(c.getColumnIndex()) / 256.0 * 1.25);
                int needed = 0;
                for (String para : c.getStringCellValue().split("\n")) {
                    needed += (int) Math.ceil(Math.max(1, para.length()) / charsPerLine);
                }
                lines = Math.max(lines, needed);
            }
        }
        row.setHeightInPoints(lines * 13.5f + 2f);
    }

    private void writeCountries() {
        // The sample's units are countries, whose outlines ship with the map: no Geometry column.
        List<String> headers = Countries.SHEET.headers().stream()
                .filter(header -> !header.equals(Countries.GEOMETRY.header())).toList();
        Sheet sh = sheet(Countries.SHEET, headers,
                new String[] {"ISO 3166-1 alpha-3 code.", "Country name.",
                        "Project grouping: North Africa, Sahel, West Africa.",
                        "People (not millions), about 2016: SIPRI military expenditure divided by SIPRI per-capita "
                                + "expenditure. See Sources."},
                new int[] {8, 18, 14, 14});
        int r = 1;
        for (CountryInfo c : COUNTRIES) {
            Row row = sh.createRow(r++);
            Map<LayoutColumn, Cell> cells = new RowValues().put(Countries.ISO3, c.iso3()).put(Countries.NAME, c.name())
                    .put(Countries.REGION, c.region()).put(Countries.POPULATION, c.population())
                    .write(row, Countries.SHEET);
            style(cells, text(), Countries.ISO3, Countries.NAME, Countries.REGION);
            style(cells, numeric("#,##0"), Countries.POPULATION);
        }
        sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, Countries.SHEET.columns().size() - 1));
    }

    private void writeIndicators() {
        List<String> headers = Indicators.headers(DICTIONARY.stream().map(Definition::definition).toList());
        List<String> comments = new ArrayList<>(List.of("Country code; must be in Countries.",
                "Calendar year of the values in this row."));
        List<Integer> widths = new ArrayList<>(List.of(8, 8));
        for (Definition d : DICTIONARY) {
            comments.add(d.name() + " (" + d.unit() + "). " + d.description() + " Blank = no sourced value.");
            widths.add(d.width());
        }
        Sheet sh = sheet(Indicators.SHEET, headers, comments.toArray(String[]::new),
                widths.stream().mapToInt(Integer::intValue).toArray());
        int firstCode = Indicators.SHEET.columns().size();
        sh.createFreezePane(firstCode, 1);
        int r = 1;
        for (CountryInfo c : COUNTRIES) {
            for (int y = 0; y < YEARS.length; y++) {
                Row row = sh.createRow(r++);
                Map<LayoutColumn, Cell> cells = new RowValues().put(Indicators.ISO3, c.iso3())
                        .put(Indicators.YEAR, YEARS[y]).write(row, Indicators.SHEET);
                style(cells, text(), Indicators.ISO3);
                style(cells, numeric("0"), Indicators.YEAR);
                int col = firstCode;
                for (Definition d : DICTIONARY) {
                    Object[] values = DATA.getOrDefault(d.code(), Map.of()).get(c.iso3());
                    Object v = values == null ? null : values[y];
                    writeValue(row, col++, v, d.numberFormat());
                }
            }
        }
        sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
    }

    private void writeValue(Row row, int col, Object v, String format) {
        if (v == null) {
            return; // missing: no cell at all
        }
        Cell cell = row.createCell(col);
        if (v instanceof Pct pct) {
            cell.setCellValue(pct.fraction());
            cell.setCellStyle(numeric("0.00%"));
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(numeric(format));
        } else if (v instanceof String s) {
            cell.setCellValue(s);
            cell.setCellStyle(rangeText());
        } else {
            throw new IllegalArgumentException("unsupported value " + v);
        }
    }

    private void writeBorders() {
        Sheet sh = sheet(Borders.SHEET,
                new String[] {"Assessed country (ISO3, in Countries).",
                        "Neighbouring country or territory (ISO 3166-1 alpha-3); may be outside Countries.",
                        "Length of the land border, km (CIA World Factbook 2020). Each pair is listed once."},
                new int[] {8, 11, 11});
        int r = 1;
        for (Border b : BORDERS) {
            Row row = sh.createRow(r++);
            Map<LayoutColumn, Cell> cells = new RowValues().put(Borders.ISO3, b.iso3())
                    .put(Borders.NEIGHBOUR, b.neighbour()).put(Borders.LENGTH_KM, b.lengthKm())
                    .write(row, Borders.SHEET);
            style(cells, text(), Borders.ISO3, Borders.NEIGHBOUR);
            style(cells, numeric(b.lengthKm() == Math.rint(b.lengthKm()) ? "#,##0" : "#,##0.0"), Borders.LENGTH_KM);
        }
        sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, Borders.SHEET.columns().size() - 1));
    }

    private void writeDictionary() {
        Sheet sh = sheet(Dictionary.SHEET,
                new String[] {"Indicator code = column header in Indicators.", "Readable name.",
                        "Unit of the value as read (for %: the percentage shown).", "Lowest valid value.",
                        "Highest valid value.", "What the indicator measures.", "Where the figures come from."},
                new int[] {27, 30, 10, 8, 11, 60, 60});
        int r = 1;
        for (Definition d : DICTIONARY) {
            Row row = sh.createRow(r++);
            Map<LayoutColumn, Cell> cells = Dictionary.row(d.definition()).write(row, Dictionary.SHEET);
            style(cells, text(), Dictionary.CODE, Dictionary.NAME, Dictionary.UNIT);
            style(cells, numeric("#,##0"), Dictionary.MIN, Dictionary.MAX);
            style(cells, wrapped(), Dictionary.DESCRIPTION, Dictionary.SOURCE);
            fitHeight(sh, row);
        }
    }

    private void writeSources() {
        Sheet sh = sheet(Sources.SHEET, Sources.noteHeaders(),
                new String[] {"Column source: where a column's figures come from. Judgment: an analyst's value "
                        + "and its reasoning. Entry note: why a sourced value sits where it does. Blank: why "
                        + "cells are empty.", null, "Column header or indicator code.", null, null,
                        "The value as entered in the cell (or the cells concerned).", null, null},
                new int[] {13, 11, 26, 6, 6, 16, 80, 60});
        int r = 1;
        List<SourceNote> ordered = new ArrayList<>();
        for (String kind : List.of("Column source", "Judgment", "Entry note", "Blank")) {
            NOTES.stream().filter(n -> n.kind().equals(kind)).forEach(ordered::add);
        }
        for (SourceNote n : ordered) {
            Row row = sh.createRow(r++);
            Object v = n.value();
            RowValues values = new RowValues().put(Sources.KIND, n.kind()).put(Sources.SHEET_NAME, n.sheet())
                    .put(Sources.COLUMN, n.column()).put(Sources.ISO3, n.iso3()).put(Sources.YEAR, n.year());
            if (v instanceof Pct pct) {
                values.put(Sources.VALUE, pct.fraction());
            } else if (v instanceof Number num) {
                values.put(Sources.VALUE, num);
            } else if (v != null) {
                values.put(Sources.VALUE, v.toString());
            }
            Map<LayoutColumn, Cell> cells = values.put(Sources.NOTE, n.note()).put(Sources.SOURCE, n.source())
                    .write(row, Sources.SHEET);
            style(cells, text(), Sources.KIND, Sources.SHEET_NAME, Sources.COLUMN, Sources.ISO3);
            style(cells, numeric("0"), Sources.YEAR);
            if (v != null) {
                style(cells, v instanceof Pct ? numeric("0.00%") : v instanceof Number ? numeric("#,##0")
                        : style("wrapped-right", "@", false, true, HorizontalAlignment.RIGHT), Sources.VALUE);
            }
            style(cells, wrapped(), Sources.NOTE, Sources.SOURCE);
            fitHeight(sh, row);
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, Sources.noteHeaders().size() - 1));
    }

    /** The style of the cells written under these columns (a column left blank has no cell to style). */
    private static void style(Map<LayoutColumn, Cell> cells, CellStyle style, LayoutColumn... columns) {
        for (LayoutColumn column : columns) {
            Cell cell = cells.get(column);
            if (cell != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
