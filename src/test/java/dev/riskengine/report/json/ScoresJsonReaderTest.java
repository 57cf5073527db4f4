package dev.riskengine.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresJsonReaderTest {

    @TempDir
    Path dir;

    @Test
    void handsOverEachCountryAndKeepsTheOtherFields() throws IOException {
        // given
        Path file = write("""
                {"schemaVersion": 1, "run": {"runId": "r1"}, "year": 2016,
                 "countries": [{"iso3": "LBY", "score": 5.4}, {"iso3": "MLI", "score": 5.0}],
                 "comparison": {"version": 1}}
                """);
        List<String> seen = new ArrayList<>();

        // when
        JsonNode rest = ScoresJsonReader.read(file, country -> seen.add(country.path("iso3").asText()
                + " " + country.path("score").asDouble()));

        // then
        assertThat(seen).containsExactly("LBY 5.4", "MLI 5.0");
        assertThat(rest.path("year").asInt()).isEqualTo(2016);
        assertThat(rest.path("run").path("runId").asText()).isEqualTo("r1");
        assertThat(rest.path("comparison").path("version").asInt()).isEqualTo(1);
        assertThat(rest.has("countries")).isFalse();
    }

    @Test
    void refusesANewerSchemaBeforeReadingItsCountries() throws IOException {
        Path file = write("{\"schemaVersion\": 99, \"countries\": [{\"iso3\": \"LBY\"}]}");
        List<JsonNode> seen = new ArrayList<>();

        assertThatThrownBy(() -> ScoresJsonReader.read(file, seen::add))
                .isInstanceOf(IOException.class).hasMessageContaining("schemaVersion 99 is newer");
        assertThat(seen).isEmpty();
    }

    @Test
    void refusesJsonThatIsNoScoresFile() throws IOException {
        assertThatThrownBy(() -> ScoresJsonReader.read(write("[1, 2]"), c -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("not a scores.json");
        assertThatThrownBy(() -> ScoresJsonReader.read(write("{\"year\": 2016}"), c -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("no schemaVersion");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("scores.json");
        Files.writeString(file, json);
        return file;
    }
}
