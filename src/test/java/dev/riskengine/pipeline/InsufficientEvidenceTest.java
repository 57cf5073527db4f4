package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.workbook.WorkbookReader;

/**
 * Issue cases 3 and 4 on the sample workbook: missing evidence gives "Insufficient data" with its
 * reason (never 0.0 "Very Low"), and a blank Population counts as missing.
 */
class InsufficientEvidenceTest {
    private static IndicatorWorkbook sample;
    private static RuleBase rules;

    @BeforeAll
    static void readSample() throws Exception {
        sample = new WorkbookReader().read(Path.of("inputs/indicators.xlsx"));
        rules = new RuleCompiler().compile(Path.of("rules"));
    }

    private static IndicatorWorkbook with(List<Country> countries, List<dev.riskengine.model.Indicator> indicators) {
        return new IndicatorWorkbook(sample.source(), countries, sample.dictionary(), indicators, sample.borders(),
                sample.missing(), sample.warnings());
    }

    @Test
    void countryWithNoIndicatorRowsIsInsufficientDataNotRankedVeryLowZero() {
        // given: Mauritania without a single Indicators row
        IndicatorWorkbook workbook = with(sample.countries(),
                sample.indicators().stream().filter(i -> !i.getIso3().equals("MRT")).toList());

        Assessment assessment = new Assessor(rules).assess(workbook, 2016);

        CountryAssessment mrt = assessment.country("MRT").orElseThrow();
        assertThat(mrt.scored()).isFalse();
        assertThat(mrt.band()).isEqualTo("Insufficient data");
        assertThat(mrt.score()).isNaN();
        assertThat(mrt.insufficientReasons()).contains(
                "threat: 1 of 5 inputs present in 2016 (missing active_armed_groups, fighters_abroad,"
                        + " returning_fighters, terrorist_attacks)",
                "exposure: 0 of 1 inputs present in 2016 (missing coastline_km)");
        assertThat(mrt.rank()).as("after every scored country").isEqualTo(11);
        assertThat(assessment.countries().get(0).iso3()).isEqualTo("LBY");
        assertThat(assessment.countries()).filteredOn(CountryAssessment::scored).hasSize(10)
                .noneMatch(c -> c.band().equals("Insufficient data"));
    }

    @Test
    void blankTemplateAfterSipriImportScoresNoCountryVeryLowZero() {
        // given: only the SIPRI columns filled, as in a blank template after `risk import sipri`
        IndicatorWorkbook workbook = with(sample.countries(), sample.indicators().stream()
                .filter(i -> i.getCode().startsWith("military_spending_")).toList());

        Assessment assessment = new Assessor(rules).assess(workbook, 2016);

        assertThat(assessment.countries()).hasSize(11).allSatisfy(c -> {
            assertThat(c.scored()).as(c.iso3()).isFalse();
            assertThat(c.band()).isEqualTo("Insufficient data");
            assertThat(c.insufficient()).containsKeys(Dimension.THREAT, Dimension.EXPOSURE);
            assertThat(c.hasReliability()).isTrue();
        });
        assertThat(assessment.countries()).extracting(CountryAssessment::score).allMatch(s -> Double.isNaN(s));
    }

    @Test
    void blankPopulationCountsAsMissingInCompletenessAndDataIssues() {
        // given: Tunisia's population left blank
        List<Country> countries = sample.countries().stream().map(c -> c.getIso3().equals("TUN")
                ? new Country("TUN", c.getName(), c.getRegion(), null, c.getPopulationCell()) : c).toList();
        Assessment before = new Assessor(rules).assess(sample, 2016);

        Assessment after = new Assessor(rules).assess(with(countries, sample.indicators()), 2016);

        CountryAssessment tunBefore = before.country("TUN").orElseThrow();
        CountryAssessment tun = after.country("TUN").orElseThrow();
        assertThat(tunBefore.completeness()).isEqualTo(1.0);
        assertThat(tun.completeness()).as("11 of 12 inputs: the 11 indicators the rules read and the population").isEqualTo(11.0 / 12);
        assertThat(tun.missingIndicators()).containsExactly("population");
        assertThat(tun.dimensions().get(Dimension.THREAT)).isEqualTo(5.0); // the per-capita rules are silent
        assertThat(tun.reliability()).isGreaterThan(tunBefore.reliability());
        assertThat(after.dataIssues()).anySatisfy(issue -> {
            assertThat(issue.iso3()).isEqualTo("TUN");
            assertThat(issue.message()).isEqualTo("no Population for Tunisia, so the rules that read it"
                    + " (per-capita forms) cannot fire");
        });
        assertThat(after.country("MAR").orElseThrow().completeness())
                .isEqualTo(before.country("MAR").orElseThrow().completeness());
    }

    @Test
    void completenessLeavesOutDictionaryIndicatorsNoRuleReads() {
        // given: a Dictionary row no rule matches, and no value for it anywhere
        List<IndicatorDefinition> dictionary = new ArrayList<>(sample.dictionary());
        dictionary.add(new IndicatorDefinition("press_freedom", "Press freedom", "score", 0.0, 100.0, "", "RSF"));
        IndicatorWorkbook workbook = new IndicatorWorkbook(sample.source(), sample.countries(), dictionary,
                sample.indicators(), sample.borders(), sample.missing(), sample.warnings());
        Assessment before = new Assessor(rules).assess(sample, 2016);

        Assessment after = new Assessor(rules).assess(workbook, 2016);

        // Tunisia has every input the rules read: a blank column they never read is no missing evidence
        assertThat(after.country("TUN").orElseThrow().completeness()).isEqualTo(1.0);
        assertThat(after.countries()).allSatisfy(c -> {
            assertThat(c.missingIndicators()).as(c.iso3()).doesNotContain("press_freedom");
            assertThat(c.completeness()).as(c.iso3()).isEqualTo(before.country(c.iso3()).orElseThrow().completeness());
        });
    }
}
