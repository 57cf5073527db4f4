package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;
import dev.riskengine.model.RankSensitivity.UnitRanks;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleSession;
import dev.riskengine.rules.ScoreSession;

/**
 * {@code risk sensitivity} on a hand-made rule folder over the sample's units: "Swing" gives
 * Libya 5 points, "Other" gives Tunisia 1, and Morocco scores a fixed 5 that no rule's points
 * give, so whether Libya ranks above Morocco depends on Swing's factor alone.
 */
class PointsSensitivityTest {
    private static final String RULES = """
            package rules.handmade;
            import dev.riskengine.model.*;

            rule "Swing"
            when
                Country( iso3 == "LBY", $c : iso3 )
            then
                insert( new Contribution( $c, Dimension.THREAT, 5.0, "swing" ) );
            end

            rule "Other"
            when
                Country( iso3 == "TUN", $c : iso3 )
            then
                insert( new Contribution( $c, Dimension.THREAT, 1.0, "other" ) );
            end

            rule "Score is the points, plus a fixed 5 for Morocco"
                salience -100
            when
                Country( $c : iso3 )
                accumulate( Contribution( iso3 == $c, $p : points ); $sum : sum( $p ) )
            then
                double score = $sum + ( "MAR".equals( $c ) ? 5.0 : 0.0 );
                insert( new DimensionScore( $c, Dimension.THREAT, $sum ) );
                insert( new DimensionScore( $c, Dimension.EXPOSURE, 0.0 ) );
                insert( new DimensionScore( $c, Dimension.VULNERABILITY, 0.0 ) );
                insert( new RiskScore( $c, score ) );
                insert( score >= 5.0 ? new RiskBand( $c, "High", 2 ) : new RiskBand( $c, "Low", 1 ) );
            end
            """;

    private static final Pipeline PIPELINE = new Pipeline();
    private static IndicatorWorkbook sample;
    private static RuleBase rules;

    @BeforeAll
    static void compileHandMadeRules(@TempDir Path folder) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(dir.resolve("handmade.drl"), RULES);
        rules = PIPELINE.rules(dir);
        sample = PIPELINE.read(Path.of("inputs/indicators.xlsx"));
    }

    private static RankSensitivity sensitivity(double spread, int draws, long seed) {
        return PIPELINE.sensitivity(sample, rules, 2016, spread, draws, seed, DrawProgress.NONE);
    }

    private static UnitRanks unit(RankSensitivity sensitivity, String iso3) {
        return sensitivity.units().stream().filter(u -> u.iso3().equals(iso3)).findFirst().orElseThrow();
    }

    @Test
    void aSpreadOfZeroGivesEveryUnitOneRankAndOneBandWithProbabilityOne() {
        RankSensitivity sensitivity = sensitivity(0, 50, 7);

        assertThat(sensitivity.units()).hasSize(11).allSatisfy(u -> {
            assertThat(u.rankP5()).as(u.iso3()).isEqualTo(u.rank());
            assertThat(u.rankP95()).as(u.iso3()).isEqualTo(u.rank());
            assertThat(u.probabilityOf(u.band())).as(u.iso3()).isEqualTo(1.0);
        });
        assertThat(sensitivity.rules()).allSatisfy(r -> assertThat(r.rankShare()).isZero());
    }

    @Test
    void theRuleThatAloneDecidesTheRankingIsNamedAsMovingItMost() {
        RankSensitivity sensitivity = sensitivity(0.2, 400, 11);

        RuleInfluence most = sensitivity.rules().get(0);
        assertThat(most.rule()).isEqualTo("Swing");
        assertThat(most.file()).isEqualTo("handmade.drl");
        assertThat(most.mostMoved()).isIn("LBY", "MAR");
        // Libya's rank is 1 or 2 as the uniform factor is above or below 1: a correlation of sqrt(3)/2
        assertThat(most.rankShare()).isCloseTo(0.75, within(0.05));
        assertThat(sensitivity.rules()).extracting(RuleInfluence::rule).containsExactly("Swing", "Other");
        assertThat(sensitivity.rules().get(1).rankShare()).as("Tunisia's rank never depends on it").isLessThan(0.02);
        UnitRanks libya = unit(sensitivity, "LBY");
        assertThat(libya.rankP5()).isEqualTo(1);
        assertThat(libya.rankP95()).isEqualTo(2);
        assertThat(libya.probabilityOf("High")).isCloseTo(0.5, within(0.08));
        assertThat(libya.probabilityOf("High") + libya.probabilityOf("Low")).isCloseTo(1.0, within(1e-9));
        assertThat(unit(sensitivity, "TUN").rankP5()).isEqualTo(unit(sensitivity, "TUN").rankP95()).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameSensitivityAndAnotherSeedOtherDraws() {
        RankSensitivity first = sensitivity(0.3, 120, 5);

        assertThat(sensitivity(0.3, 120, 5)).isEqualTo(first);
        assertThat(sensitivity(0.3, 120, 6).units()).isNotEqualTo(first.units());
    }

    @Test
    void aRulesFactorMultipliesThePointsItsContributionsRecordAndOnlyInThatSession() {
        var countries = sample.countries();
        Map<String, ScoreSession.Score> scaled = new ScoreSession(rules, PointsSensitivity.DURING,
                PointsFactors.of(Map.of("Swing", 1.2, "Other", 0.5))).run(countries, java.util.List.of());

        assertThat(scaled.get("LBY").value()).isCloseTo(6.0, within(1e-9));
        assertThat(scaled.get("TUN").value()).isCloseTo(0.5, within(1e-9));
        assertThat(scaled.get("MAR").value()).as("no rule's points: unchanged").isEqualTo(5.0);
        assertThat(new RuleSession(rules).run(countries, java.util.List.of()).get("LBY").contributions())
                .singleElement().satisfies(c -> assertThat(c.points()).as("a later session on this thread").isEqualTo(5.0));
    }
}
