package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.Contribution;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;

/** A reason with values is a format, read with a full stop as decimal point, and formatted only when read. */
class ContributionReasonTest {
    @TempDir Path temp;

    @Test
    void aReasonWithValuesIsFormattedTheSameInEveryLocale() {
        Contribution c = new Contribution("LBY", Dimension.EXPOSURE, 2.0, "%,.0f km of coastline, %.1f per million", 1770.4, 12.25);
        assertThat(c.getReason()).isEqualTo("1,770 km of coastline, 12.3 per million");
    }

    @Test
    void reasonsFormattedOnTheFastUsPathReadExactlyAsInTheRootLocale() {
        // Contribution formats in Locale.US for speed; the reports promise the root locale's text.
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 0.05, -1234567.891, 1e15));
        for (int i = 0; i < 2_000; i++) {
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(13)));
        }
        for (double v : values) {
            for (String format : List.of("%,.0f km", "%.1f per million", "%.2f %% of GDP", "%.0f", "%s", "%,.2f", "%e")) {
                String expected = String.format(java.util.Locale.ROOT, format, v);
                assertThat(new Contribution("AAA", Dimension.EXPOSURE, 1.0, format, v).getReason())
                        .as(format + " of " + v).isEqualTo(expected);
            }
        }
    }

    @Test
    void aReasonWithoutValuesIsShownAsWrittenEvenWithAPercentSign() {
        Contribution c = new Contribution("MLI", Dimension.VULNERABILITY, 3.0, "state controls under 50 % of its territory");
        assertThat(c.getReason()).isEqualTo("state controls under 50 % of its territory");
    }

    @Test
    void theShippedRulesStillGiveReasonsWithNumbersInThem() throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(Path.of("inputs/indicators.xlsx"));
        Map<String, RuleOutcome> outcomes = run(new RuleCompiler().compile(Path.of("rules")), workbook);
        assertThat(outcomes.get("LBY").contributions()).extracting(ContributionRecord::reason)
                .contains("1,770 km of coastline (1,000 km or more)");
    }

    @Test
    void equalReasonsOfDifferentUnitsAreHeldAsOneString() {
        // A large run keeps 1.4 million reasons of which a third differ: equal texts must not be kept apart.
        Map<String, RuleOutcome> outcomes = Given.country("AAA", 1_000_000L).and("BBB", 2_000_000L)
                .indicator("AAA", "coastline_km", 1770.4).indicator("BBB", "coastline_km", 1770.4).run();

        String fromA = reasonOfCoastline(outcomes.get("AAA"));
        String fromB = reasonOfCoastline(outcomes.get("BBB"));
        assertThat(fromA).isEqualTo("1,770 km of coastline (1,000 km or more)");
        assertThat(fromB).isSameAs(fromA);
    }

    private static String reasonOfCoastline(RuleOutcome outcome) {
        return outcome.contributions().stream().map(ContributionRecord::reason)
                .filter(reason -> reason.contains("coastline")).findFirst().orElseThrow();
    }

    @Test
    void aFormatThatDoesNotFitItsValuesNamesTheRuleAndItsFile() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("custom.drl", """
                package rules.custom;
                import dev.riskengine.model.*;
                rule "Whole kilometres"
                when
                    Indicator( $c : iso3, code == "coastline_km", $v : value > 0 )
                then
                    insert( new Contribution( $c, Dimension.EXPOSURE, 0.0, "%d km of coast", $v ) );
                end
                """);
        IndicatorWorkbook workbook = new WorkbookReader().read(Path.of("inputs/indicators.xlsx"));
        RuleBase compiled = new RuleCompiler().compile(rules.dir());

        assertThatThrownBy(() -> run(compiled, workbook))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("rules/custom.drl:3: rule \"Whole kilometres\" gave a Contribution whose reason does not fit its values")
                .hasMessageContaining("IllegalFormatConversionException");
    }

    private static Map<String, RuleOutcome> run(RuleBase rules, IndicatorWorkbook workbook) {
        int year = workbook.latestYear().orElseThrow();
        List<Object> facts = new ArrayList<>(workbook.indicatorsOf(year));
        facts.addAll(workbook.borders());
        return new RuleSession(rules).run(workbook.countries(), facts);
    }
}
