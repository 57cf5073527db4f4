package dev.riskengine.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.riskengine.report.json.ScoresJson;

import static dev.riskengine.report.ReportWriterTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoresJsonTest {

    @TempDir
    Path folder;

    private JsonNode written(Assessment assessment) throws IOException {
        Path file = folder.resolve("scores.json");
        new ScoresJson().write(assessment, SahelFixture.run(), file);
        return ScoresJson.read(file);
    }

    @Test
    void keysComeInTheDocumentedOrder() throws IOException {
        JsonNode scores = written(SahelFixture.assessment());

        assertThat(fieldNames(scores)).containsExactly("$schema", "schemaVersion", "run", "year", "years", "countries", "dataIssues",
                "otherYears", "provenance", "comparison");
        assertThat(fieldNames(scores.get("run"))).containsExactly("runId", "startedAt", "inputFile", "inputSha256");
        JsonNode mali = scores.get("countries").get(0);
        assertThat(fieldNames(mali)).containsExactly("iso3", "name", "region", "population", "rank", "score", "band",
                "bandLevel", "scoreLow", "scoreHigh", "dimensions", "completeness", "reliability", "insufficient",
                "missingIndicators", "indicators", "contributions", "changeSincePreviousYear");
        assertThat(fieldNames(mali.get("dimensions"))).containsExactly("THREAT", "EXPOSURE", "VULNERABILITY");
        assertThat(fieldNames(mali.get("indicators").get(0))).containsExactly("code", "value", "low", "high", "cell");
        assertThat(fieldNames(mali.get("contributions").get(0)))
                .containsExactly("rule", "file", "dimension", "points", "reason", "cells");
        assertThat(fieldNames(scores.get("dataIssues").get(0))).containsExactly("kind", "iso3", "address", "message");
    }

    @Test
    void countriesHoldOnlyTheAssessedYearAndOtherYearsComeApart() throws IOException {
        JsonNode scores = written(SahelFixture.assessment());

        assertThat(scores.get("year").asInt()).isEqualTo(2024);
        assertThat(scores.get("years")).extracting(JsonNode::asInt).containsExactly(2022, 2023, 2024);
        assertThat(scores.get("countries")).extracting(c -> c.get("score").asDouble()).containsExactly(7.24, 5.6, 3.9);
        assertThat(scores.get("otherYears")).extracting(y -> y.get("year").asInt()).containsExactly(2022, 2023);
        JsonNode year2023 = scores.get("otherYears").get(1).get("countries");
        assertThat(year2023).extracting(c -> c.get("iso3").asText()).containsExactly("NER", "MLI", "TUN");
        assertThat(fieldNames(year2023.get(0))).containsExactly("iso3", "rank", "score", "band", "bandLevel",
                "scoreLow", "scoreHigh", "dimensions", "completeness", "reliability", "insufficient");
    }

    @Test
    void eachCountryCarriesItsChangeSinceThePreviousYear() throws IOException {
        JsonNode mali = written(SahelFixture.assessment()).get("countries").get(0);

        JsonNode change = mali.get("changeSincePreviousYear");
        assertThat(change.get("previousYear").asInt()).isEqualTo(2023);
        assertThat(change.get("previousScore").asDouble()).isEqualTo(6.0);
        assertThat(change.get("previousBand").asText()).isEqualTo("High");
        assertThat(change.get("previousRank").asInt()).isEqualTo(2);
        assertThat(change.get("scoreChange").asDouble()).as("exact decimal difference").isEqualTo(1.24);
    }

    @Test
    void aSingleYearRunHasNoChangeAndNoOtherYears() throws IOException {
        JsonNode scores = written(SahelFixture.oneYear());

        assertThat(scores.get("years")).extracting(JsonNode::asInt).containsExactly(2024);
        assertThat(scores.get("otherYears")).isEmpty();
        assertThat(scores.get("countries").get(0).get("changeSincePreviousYear").isNull()).isTrue();
    }

    @Test
    void runMetadataAppearsOnlyUnderRun() throws IOException {
        JsonNode scores = written(SahelFixture.assessment());

        assertThat(scores.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(scores.at("/run/runId").asText()).isEqualTo("2026-11-25T06-00-00.123Z");
        assertThat(scores.at("/run/startedAt").asText()).isEqualTo("2026-11-25T06:00:00.123Z");
        assertThat(scores.at("/run/inputFile").asText()).isEqualTo("indicators.xlsx");
        assertThat(scores.at("/run/inputSha256").asText()).startsWith("abcdef01");
        String text = scores.toString();
        assertThat(text.split("2026-11-25", -1)).as("run time and id appear once each").hasSize(3);
        assertThat(scores.get("countries").findValues("runId")).isEmpty();
        assertThat(scores.get("countries").findValues("startedAt")).isEmpty();
    }

    @Test
    void countriesKeepTheirRankingOrderAndValues() throws IOException {
        JsonNode countries = written(SahelFixture.assessment()).get("countries");

        assertThat(countries).extracting(c -> c.get("iso3").asText()).containsExactly("MLI", "NER", "TUN");
        assertThat(countries).extracting(c -> c.get("rank").asInt()).containsExactly(1, 2, 3);
        JsonNode mali = countries.get(0);
        assertThat(mali.get("name").asText()).isEqualTo("Mali");
        assertThat(mali.get("region").asText()).isEqualTo("Sahel");
        assertThat(mali.get("population").asLong()).isEqualTo(22_395_485L);
        assertThat(mali.get("score").asDouble()).isEqualTo(7.24);
        assertThat(mali.get("band").asText()).isEqualTo("Very High");
        assertThat(mali.get("bandLevel").asInt()).isEqualTo(5);
        assertThat(mali.get("scoreLow").asDouble()).isEqualTo(6.81);
        assertThat(mali.get("scoreHigh").asDouble()).isEqualTo(7.53);
        assertThat(mali.at("/dimensions/THREAT").asDouble()).isEqualTo(8.4);
        assertThat(mali.at("/dimensions/VULNERABILITY").asDouble()).isEqualTo(7.3);
        assertThat(mali.get("completeness").asDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(mali.get("missingIndicators")).extracting(JsonNode::asText).containsExactly("returning_fighters");
        JsonNode ranged = mali.get("indicators").get(0);
        assertThat(ranged.get("code").asText()).isEqualTo("fighters_abroad");
        assertThat(List.of(ranged.get("value").asDouble(), ranged.get("low").asDouble(), ranged.get("high").asDouble()))
                .containsExactly(100.0, 80.0, 120.0);
        assertThat(ranged.get("cell").asText()).isEqualTo("Indicators!C3");
        assertThat(mali.get("contributions")).extracting(c -> c.get("points").asDouble())
                .containsExactly(1.0, 3.0, 2.0, -1.5);
        JsonNode spillover = mali.get("contributions").get(2);
        assertThat(spillover.get("rule").asText()).isEqualTo("Spillover from a high-threat neighbour");
        assertThat(spillover.get("file").asText()).isEqualTo("exposure.drl");
        assertThat(spillover.get("dimension").asText()).isEqualTo("EXPOSURE");
        assertThat(spillover.get("cells")).extracting(JsonNode::asText).containsExactly("Borders!C2", "Indicators!E4");
        assertThat(countries.get(1).get("name").asText()).isEqualTo(SahelFixture.SCRIPT_NAME);
        assertThat(countries.get(2).get("population").isNull()).isTrue();
    }

    @Test
    void dataIssuesKeepTheirOrder() throws IOException {
        JsonNode issues = written(SahelFixture.assessment()).get("dataIssues");

        assertThat(issues).extracting(i -> i.get("kind").asText()).containsExactly("MISSING", "WARNING");
        assertThat(issues.get(0).get("address").asText()).isEqualTo("Indicators!D3");
        assertThat(issues.get(1).get("iso3").asText()).isEqualTo("TUN");
    }

    @Test
    void writingTwiceGivesTheSameBytesWhateverTheDimensionMapOrder() throws IOException {
        // given: the same assessment, once with its dimensions in a HashMap and once in reverse insertion order
        Assessment assessment = SahelFixture.assessment();
        Assessment reordered = withDimensionMaps(assessment);
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        Path third = folder.resolve("third.json");

        // when
        new ScoresJson().write(assessment, SahelFixture.run(), first);
        new ScoresJson().write(assessment, SahelFixture.run(), second);
        new ScoresJson().write(reordered, SahelFixture.run(), third);

        // then
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(third)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void fileIsUtf8WithUnixLineEndsAndATrailingNewline() throws IOException {
        written(SahelFixture.assessment());
        byte[] bytes = Files.readAllBytes(folder.resolve("scores.json"));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).contains("\"region\": \"Sahel – Liptako-Gourma\"");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
        assertThat(text).startsWith("{\n  \"$schema\": \"" + ScoresJson.SCHEMA_ID + "\",\n  \"schemaVersion\": 2,\n  \"run\": {\n");
    }

    @Test
    void numbersThatAreNotFiniteBecomeNull() throws IOException {
        CountryAssessment mali = SahelFixture.assessment().countries().get(0);
        Map<Dimension, Double> dimensions = new HashMap<>(mali.dimensions());
        dimensions.put(Dimension.EXPOSURE, Double.NaN);
        CountryAssessment broken = new CountryAssessment(mali.country(), 1, Double.POSITIVE_INFINITY, mali.band(),
                mali.bandLevel(), Double.NaN, mali.scoreHigh(), dimensions, mali.completeness(), mali.indicators(),
                mali.missingIndicators(), mali.contributions());

        JsonNode country = written(new Assessment(2024, List.of(broken), List.of())).get("countries").get(0);

        assertThat(country.get("score").isNull()).isTrue();
        assertThat(country.get("scoreLow").isNull()).isTrue();
        assertThat(country.at("/dimensions/EXPOSURE").isNull()).isTrue();
        assertThat(country.get("scoreHigh").asDouble()).isEqualTo(7.53);
    }

    @Test
    void aUnitWithInsufficientDataHasNoScoreRankOrBandLevelButItsReasonsAndReliability() throws IOException {
        JsonNode countries = written(SahelFixture.withInsufficient()).get("countries");

        JsonNode chad = countries.get(3);
        assertThat(chad.get("iso3").asText()).isEqualTo("TCD");
        assertThat(chad.get("band").asText()).isEqualTo("Insufficient data");
        for (String none : List.of("score", "rank", "bandLevel", "scoreLow", "scoreHigh")) {
            assertThat(chad.get(none).isNull()).as(none).isTrue();
        }
        assertThat(chad.get("reliability").asDouble()).isEqualTo(6.5);
        assertThat(chad.at("/insufficient/THREAT").asText()).isEqualTo(SahelFixture.CHAD_REASON);
        JsonNode mali = countries.get(0);
        assertThat(mali.get("rank").asInt()).isEqualTo(1);
        assertThat(mali.get("reliability").asDouble()).isEqualTo(2.5);
        assertThat(mali.get("insufficient").size()).isZero();
    }

    @Test
    void readRefusesAFileFromANewerSchema() throws IOException {
        Path file = folder.resolve("future.json");
        Files.writeString(file, "{\"schemaVersion\": 3, \"countries\": []}");

        assertThatThrownBy(() -> ScoresJson.read(file)).isInstanceOf(IOException.class).hasMessageContaining("newer");
    }

    @Test
    void readRefusesJsonThatIsNotAScoresFile() throws IOException {
        Path file = folder.resolve("other.json");
        Files.writeString(file, "{\"countries\": []}");

        assertThatThrownBy(() -> ScoresJson.read(file)).isInstanceOf(IOException.class).hasMessageContaining("schemaVersion");
    }

    private static Assessment withDimensionMaps(Assessment assessment) {
        return new Assessment(assessment.year(), assessment.countries().stream().map(c -> {
            Map<Dimension, Double> reversed = new LinkedHashMap<>();
            reversed.put(Dimension.VULNERABILITY, c.dimensions().get(Dimension.VULNERABILITY));
            reversed.put(Dimension.EXPOSURE, c.dimensions().get(Dimension.EXPOSURE));
            reversed.put(Dimension.THREAT, c.dimensions().get(Dimension.THREAT));
            return new CountryAssessment(c.country(), c.rank(), c.score(), c.band(), c.bandLevel(), c.scoreLow(),
                    c.scoreHigh(), reversed, c.completeness(), c.indicators(), c.missingIndicators(), c.contributions());
        }).toList(), assessment.dataIssues(), assessment.otherYears());
    }
}
