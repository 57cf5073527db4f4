package dev.riskengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.riskengine.sample.DecisionTableWriter.Column;
import dev.riskengine.sample.DecisionTableWriter.Table;

/**
 * Writes the shipped decision tables {@code rules/threat.drl.xlsx} (THREAT cut-offs and points)
 * and {@code rules/bands.drl.xlsx} (INFORM's risk bands). They are edited by hand in Excel or
 * LibreOffice from then on; this class documents how they were made and can rebuild them
 * (RuleTablesTest checks that the shipped files still say what this class writes).
 *
 * <p>Regenerate from the project root:
 * <pre>
 *   ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *        dev.riskengine.sample.RuleTablesWriter rules
 * </pre>
 */
public final class RuleTablesWriter {
    static final String RULE_SET = "rules.defaults";
    static final String IMPORTS = "dev.riskengine.model.*";

    private RuleTablesWriter() { }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleTablesWriter <rules directory>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeAll(dir);
        System.out.println("wrote " + dir.resolve("threat.drl.xlsx") + " and " + dir.resolve("bands.drl.xlsx"));
    }

    /** Writes both tables into a rules directory. */
    public static void writeAll(Path dir) throws IOException {
        writeThreat(dir.resolve("threat.drl.xlsx"));
        writeBands(dir.resolve("bands.drl.xlsx"));
    }

    // ---- THREAT ---------------------------------------------------------------------------------

    /** Drools opens the pattern after the last word: the Indicator's constraints are the columns below. */
    private static final String PER_MILLION_FACTS = "Country( $c : iso3, $million : populationMillions != null ) and Indicator";
    private static final String NO_POPULATION_FACTS = "Country( $c : iso3, populationMillions == null ) and Indicator";

    static final String WHY_FIGHTERS = "Per capita: 600 fighters weigh differently in Libya (6 million) than in Egypt "
            + "(100 million). Soufan Group (Dec 2015) counts put Tunisia near 550 per million, the highest rate in the "
            + "world; Belgium, Europe's highest, was about 40; most senders were below 5.";
    static final String WHY_RETURNEES = "Returnees bring combat skills and networks home. Soufan Center (Oct 2017): about "
            + "800 returned to Tunisia (about 70 per million), 200 to Morocco (about 6), under 100 to Algeria (about 2). "
            + "20 or more per million is more than security services can monitor.";
    static final String WHY_NO_POPULATION = "Without a population there is no per-capita form. A contingent of a thousand "
            + "or more is serious for any country of the region (Morocco's 1,200-1,500 was the second largest of North "
            + "Africa), so it still counts as many; smaller counts are left to the per-capita rows.";
    static final String WHY_GROUPS = "A count, not per capita: each group has its own logistics and recruiting. Mali had "
            + "five in 2016 (AQIM, Ansar Dine, al-Mourabitoun, the Macina Liberation Front, the Islamic State in the "
            + "Greater Sahara), the reference for many; one or two can still be contained.";
    static final String WHY_ATTACKS = "Attacks show intent turned into capability. In the Global Terrorism Database the "
            + "region's most affected countries (Libya, Egypt) counted hundreds a year in 2014-2016, the Sahel states "
            + "tens, the Maghreb a handful: 100 or more is a sustained campaign, 20-99 frequent.";

    static void writeThreat(Path out) throws IOException {
        Column finding = new Column("NAME", "", "", "Finding: the rule's name, as the reports show it", 34, false);
        Column why = new Column("DESCRIPTION", "", "", "Why these cut-offs (sources and reasoning)", 60, false);
        Column points = new Column("ACTION", "", "double points = $param;", "Points added to THREAT", 9, true);

        Table perMillion = new Table("Citizens fighting abroad and returned, per million people", List.of(
                finding,
                new Column("CONDITION", PER_MILLION_FACTS, "iso3 == $c, code == \"$param\", $v : value, value > 0", "Indicator code (a column of the Indicators sheet)", 24, false),
                new Column("CONDITION", PER_MILLION_FACTS, "value / $million >= $param", "From: per million people, this or more (blank: no lower limit)", 13, true),
                new Column("CONDITION", PER_MILLION_FACTS, "value / $million < $param", "Below: per million people, less than this (blank: no upper limit)", 13, true),
                points,
                new Column("ACTION", "", "insert( new Contribution( $c, Dimension.THREAT, points, "
                        + "\"$param\", $v / $million ) );",
                        "Reason in the reports: %.0f is the value per million without decimals, %.1f with one", 46, false),
                why), rows(
                row("Very many citizens fighting abroad", "fighters_abroad", 100, null, 4, "%.0f citizens fighting abroad per million people (100 or more)", WHY_FIGHTERS),
                row("Many citizens fighting abroad", "fighters_abroad", 20, 100, 3, "%.0f citizens fighting abroad per million people (20 to 100)", "20-100 is high (Morocco, Libya)."),
                row("Some citizens fighting abroad", "fighters_abroad", 5, 20, 2, "%.1f citizens fighting abroad per million people (5 to 20)", "5-20 is notable (Egypt)."),
                row("Few citizens fighting abroad", "fighters_abroad", 0, 5, 1, "%.1f citizens fighting abroad per million people (below 5)", "Below 5 is low but not nil."),
                row("Many fighters have come home", "returning_fighters", 20, null, 3, "%.0f returned fighters per million people (20 or more)", WHY_RETURNEES),
                row("Some fighters have come home", "returning_fighters", 5, 20, 2, "%.1f returned fighters per million people (5 to 20)", "Morocco's level."),
                row("Few fighters have come home", "returning_fighters", 0, 5, 1, "%.1f returned fighters per million people (below 5)", "Algeria's level.")),
                -1);

        Table noPopulation = new Table("Citizens fighting abroad, population unknown", List.of(
                finding,
                new Column("CONDITION", NO_POPULATION_FACTS, "iso3 == $c, code == \"$param\", $v : value", "Indicator code (a column of the Indicators sheet)", 24, false),
                new Column("CONDITION", NO_POPULATION_FACTS, "value >= $param", "From: this count or more (blank: no lower limit)", 13, true),
                new Column("CONDITION", NO_POPULATION_FACTS, "value < $param", "Below: less than this count (blank: no upper limit)", 13, true),
                points,
                new Column("ACTION", "", "insert( new Contribution( $c, Dimension.THREAT, points, "
                        + "\"$param\", $v ) );",
                        "Reason in the reports: %.0f is the count", 46, false),
                why), rows(
                row("Over a thousand citizens fighting abroad, population unknown", "fighters_abroad", 1000, null, 3,
                        "%.0f citizens fighting abroad; population unknown, so not per capita", WHY_NO_POPULATION)),
                -1);

        Table counts = new Table("Armed groups and attacks, counts in the year", List.of(
                finding,
                new Column("CONDITION", "$i : Indicator", "code == \"$param\"", "Indicator code (a column of the Indicators sheet)", 24, false),
                new Column("CONDITION", "$i : Indicator", "value >= $param", "From: this count or more (blank: no lower limit)", 13, true),
                new Column("CONDITION", "$i : Indicator", "value < $param", "Below: less than this count (blank: no upper limit)", 13, true),
                points,
                new Column("ACTION", "", "insert( new Contribution( $i.getIso3(), Dimension.THREAT, points, "
                        + "\"$param\", $i.getValue() ) );",
                        "Reason in the reports: %.0f is the count", 46, false),
                why), rows(
                row("Many armed groups active", "active_armed_groups", 5, null, 3, "%.0f armed jihadist groups active (5 or more)", WHY_GROUPS),
                row("Several armed groups active", "active_armed_groups", 3, 5, 2, "%.0f armed jihadist groups active (3 to 4)", "Three or four groups compete for recruits and territory."),
                row("An armed group active", "active_armed_groups", 1, 3, 1, "%.0f armed jihadist group(s) active (1 to 2)", "An insurgency that can still be contained."),
                row("Sustained terrorist campaign", "terrorist_attacks", 100, null, 3, "%.0f terrorist attacks in the year (100 or more)", WHY_ATTACKS),
                row("Frequent terrorist attacks", "terrorist_attacks", 20, 100, 2, "%.0f terrorist attacks in the year (20 to 99)", "Tens a year: the Sahel states."),
                row("Occasional terrorist attacks", "terrorist_attacks", 1, 20, 1, "%.0f terrorist attack(s) in the year (1 to 19)", "A handful: the Maghreb states.")),
                -1);

        try (DecisionTableWriter writer = new DecisionTableWriter("Threat", "THREAT: who could carry out violence in the country",
                "Each white row is one rule. When a country's indicator lies from From (inclusive) to Below (exclusive), "
                        + "the rule adds its Points to THREAT with the Reason, and the reports name the rule (Finding) and "
                        + "this file. Tune the yellow cells; keep the tiers of one indicator without gaps or overlaps "
                        + "(./risk rules check reports them) and the Reason's wording in step with the numbers. Grey rows "
                        + "are the rule code that Drools reads: leave them as they are. A blank row ends a table. The "
                        + "THREAT score is the sum of the points, capped to 0-10 (scoring.drl).",
                RULE_SET, IMPORTS, 8)) {
            writer.table(perMillion).table(noPopulation).table(counts).write(out);
        }
    }

    // ---- Bands ----------------------------------------------------------------------------------

    static void writeBands(Path out) throws IOException {
        Table bands = new Table("INFORM risk bands", List.of(
                new Column("NAME", "", "", "Finding: the rule's name, as the reports show it", 22, false),
                new Column("PRIORITY", "", "", "Stage (salience): -500 runs after the overall score (scoring.drl); leave it", 12, false),
                new Column("CONDITION", "$s : RiskScore", "value >= $param", "From: this score or more (blank: no lower limit)", 13, true),
                new Column("CONDITION", "$s : RiskScore", "value < $param", "Below: less than this score (blank: no upper limit)", 13, true),
                new Column("ACTION", "", "int level = $param;", "Level: orders the bands, 1 lowest (reports say whether a band rose)", 13, false),
                new Column("ACTION", "", "insert( new RiskBand( $s.getIso3(), \"$param\", level ) );", "Band name, as the reports show it", 16, false),
                new Column("DESCRIPTION", "", "", "Why", 46, false)), rows(
                row("Very low risk", -500, null, 2.0, 1, "Very Low", "INFORM: below 2.0"),
                row("Low risk", null, 2.0, 3.5, 2, "Low", "INFORM: 2.0-3.4"),
                row("Medium risk", null, 3.5, 5.0, 3, "Medium", "INFORM: 3.5-4.9"),
                row("High risk", null, 5.0, 6.5, 4, "High", "INFORM: 5.0-6.4"),
                row("Very high risk", null, 6.5, null, 5, "Very High", "INFORM: 6.5 and above")),
                1);
        try (DecisionTableWriter writer = new DecisionTableWriter("Bands", "Risk bands: INFORM's fixed classes",
                "Each white row is one band. A country whose overall score (0-10, one decimal) lies from From "
                        + "(inclusive) to Below (exclusive) gets the band. Scores are rounded to one decimal, so a "
                        + "band edge such as 5.0 reads the same in the report as here. Tune the yellow cells; every "
                        + "score must fall in exactly one band (./risk rules check reports gaps and overlaps). Grey "
                        + "rows are the rule code that Drools reads: leave them as they are.",
                RULE_SET, IMPORTS, 8)) {
            writer.table(bands).write(out);
        }
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    private static List<List<Object>> rows(List<Object>... rows) {
        return List.of(rows);
    }
}
