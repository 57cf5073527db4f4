package dev.riskengine.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.Border;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;

class CaseFileReaderTest {
    private static final String HEADER = """
            cases:
              - case: Tunisia
                year: 2016
                countries: [ { iso3: TUN, name: Tunisia, population: 11500000 } ]
            """;

    @TempDir
    Path temp;

    private List<RuleTestCase> read(String yaml) throws IOException, MalformedCaseFileException {
        Path file = temp.resolve("case.yaml");
        Files.writeString(file, yaml);
        return new CaseFileReader().read(file, "rules/tests/case.yaml");
    }

    private String problemOf(String yaml) {
        try {
            read(yaml);
        } catch (MalformedCaseFileException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a problem in:\n" + yaml);
    }

    @Test
    void readsIndicatorsAsTheWorkbookDoesAndBlankAsMissing() throws Exception {
        List<RuleTestCase> cases = read(HEADER + """
                    indicators:
                      TUN: { fighters_abroad: 6000-7000, returning_fighters: "1,200", coastline_km: }
                    expect:
                      TUN: { band: Medium, dimensions: { threat: 4-10 } }
                """);

        RuleTestCase tunisia = cases.get(0);
        assertThat(tunisia.where()).isEqualTo("rules/tests/case.yaml:2");
        assertThat(tunisia.indicators()).extracting(Indicator::getCode)
                .containsExactly("fighters_abroad", "returning_fighters");
        Indicator fighters = tunisia.indicators().get(0);
        assertThat(List.of(fighters.getValue(), fighters.getLow(), fighters.getHigh())).containsExactly(6500.0, 6000.0, 7000.0);
        assertThat(fighters.getCell()).isEqualTo("case.yaml:6");
        assertThat(tunisia.indicators().get(1).getValue()).isEqualTo(1200.0);
        assertThat(tunisia.countries().get(0).getPopulationCell()).isEqualTo("case.yaml:4");
        assertThat(tunisia.expectations().get(0).dimensions()).containsEntry(Dimension.THREAT, new ValueRange(4, 10));
    }

    @Test
    void aBorderBetweenTwoCaseCountriesGoesBothWaysAndToAnOutsiderOneWay() throws Exception {
        List<RuleTestCase> cases = read("""
                cases:
                  - case: borders
                    year: 2016
                    countries: [ { iso3: TUN }, { iso3: DZA } ]
                    borders:
                      - { iso3: TUN, neighbour: DZA, km: 1034 }
                      - { iso3: TUN, neighbour: LBY, km: 461 }
                    expect:
                      TUN: { band: Low }
                """);

        assertThat(cases.get(0).borders()).extracting(Border::getIso3, Border::getNeighbour)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TUN", "DZA"),
                        org.assertj.core.groups.Tuple.tuple("DZA", "TUN"),
                        org.assertj.core.groups.Tuple.tuple("TUN", "LBY"));
    }

    @Test
    void aYamlSyntaxErrorIsLocated() {
        assertThat(problemOf("""
                cases:
                  - case: x
                    countries: [ { iso3: TUN }
                    expect: {}
                """)).isEqualTo("rules/tests/case.yaml:4: not valid YAML: while parsing a flow sequence opened on line 3:"
                + " expected ',' or ']', but got <scalar>");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreKnown() {
        assertThat(problemOf(HEADER + """
                    expect:
                      TUN: { band: High, colour: red }
                """)).isEqualTo("rules/tests/case.yaml:6: cases[1].expect.TUN: unknown key \"colour\""
                + " (known: band, dimensions, doesNotFire, fires, points, score)");
    }

    @Test
    void aWrongTypeIsLocated() {
        assertThat(problemOf(HEADER.replace("year: 2016", "year: twenty") + """
                    expect:
                      TUN: { band: High }
                """)).isEqualTo("rules/tests/case.yaml:3: cases[1].year: found \"twenty\", expected a whole number");
    }

    @Test
    void anUnknownDimensionListsTheDimensions() {
        assertThat(problemOf(HEADER + """
                    expect:
                      TUN:
                        dimensions: { THRET: 4 }
                """)).isEqualTo("rules/tests/case.yaml:7: cases[1].expect.TUN.dimensions: found \"THRET\","
                + " expected one of: THREAT, EXPOSURE, VULNERABILITY");
    }

    @Test
    void aRangeWithItsEndsSwappedIsRefused() {
        assertThat(problemOf(HEADER + """
                    expect:
                      TUN:
                        score: 5-4
                """)).isEqualTo("rules/tests/case.yaml:7: cases[1].expect.TUN.score: found \"5-4\", a range whose"
                + " low end is above its high end; expected low-high, such as 4-5");
    }

    @Test
    void anIndicatorValueTheWorkbookWouldRefuseIsRefused() {
        assertThat(problemOf(HEADER + """
                    indicators:
                      TUN: { fighters_abroad: about 170 }
                    expect:
                      TUN: { score: 5 }
                """)).isEqualTo("rules/tests/case.yaml:6: cases[1].indicators.TUN.fighters_abroad: found"
                + " \"about 170\", expected a number, a range such as 6000-7000, or a blank cell");
    }

    @Test
    void aCountryOutsideTheCaseIsRefusedAtItsLine() {
        assertThat(problemOf(HEADER + """
                    expect:
                      TUN: { band: Low }
                      LBY: { band: High }
                """)).isEqualTo("rules/tests/case.yaml:7: expectations for LBY, which is not in the case's countries");
    }

    @Test
    void aCaseWithoutYearOrExpectationsSaysWhatIsMissing() throws IOException {
        Path file = temp.resolve("case.yaml");
        Files.writeString(file, HEADER.replace("    year: 2016\n", ""));
        assertThatThrownBy(() -> new CaseFileReader().read(file, "rules/tests/case.yaml"))
                .isInstanceOfSatisfying(MalformedCaseFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "rules/tests/case.yaml:2: case \"Tunisia\" has no year; expected e.g. \"year: 2016\"",
                        "rules/tests/case.yaml:2: case \"Tunisia\" expects nothing; expected \"expect:\" with a"
                                + " country and its band, score, dimensions, fires, doesNotFire or points"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThat(problemOf(HEADER.replace("year: 2016", "year: 2016\n    year: 2017") + """
                    expect:
                      TUN: { band: Low }
                """)).isEqualTo("rules/tests/case.yaml:4: cases[1]: \"year\" is given twice (first on line 3); give each key once");
    }

    @Test
    void anUnknownKeyInABlockIsNamedAtItsOwnLine() {
        // Jackson itself reports a record's unknown key where the record ends (line 9 here)
        assertThat(problemOf(HEADER + """
                    expect:
                      TUN:
                        colour: red
                        band: High
                """)).startsWith("rules/tests/case.yaml:7: cases[1].expect.TUN: unknown key \"colour\"");
    }
}
