package dev.riskengine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.RunMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.writer.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryReportIntoTheFolderManifestLast() throws IOException {
        // when
        List<Path> written = new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), folder);

        // then
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("scores.json", "summary.xlsx", "summary.md", "report.html", "scores.geojson", "manifest.json");
        assertThat(written).allSatisfy(p -> {
            assertThat(p.getParent()).isEqualTo(folder);
            assertThat(Files.size(p)).isPositive();
        });
    }

    @Test
    void manifestHoldsRunMetadataAndTheHashOfEveryOtherReport() throws IOException {
        // given
        List<Path> written = new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), folder);

        // when
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());

        // then
        assertThat(fieldNames(manifest)).containsExactly("$schema", "schemaVersion", "runId", "startedAt", "inputFile",
                "inputSha256", "ruleFiles", "versions", "timingsMillis", "counts", "reports");
        assertThat(manifest.get("inputSha256").asText()).isEqualTo(SahelFixture.run().inputSha256());
        assertThat(fieldNames(manifest.get("ruleFiles"))).containsExactly("threat.drl", "exposure.drl", "vulnerability.drl");
        assertThat(manifest.at("/ruleFiles/exposure.drl").asText()).startsWith("2222");
        assertThat(fieldNames(manifest.get("timingsMillis"))).containsExactly("read", "compile", "evaluate");
        assertThat(manifest.at("/timingsMillis/compile").asLong()).isEqualTo(980L);
        assertThat(manifest.at("/counts/contributions").asInt()).isEqualTo(6);
        assertThat(manifest.at("/versions/drools").asText()).isEqualTo("10.2.0");
        for (Path report : written.subList(0, 4)) {
            assertThat(manifest.get("reports").get(report.getFileName().toString()).asText())
                    .isEqualTo(FileDigest.sha256(report));
        }
    }

    @Test
    void sameInputWrittenTwiceGivesIdenticalFiles() throws IOException {
        // given
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));

        // when
        new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), first);
        new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), second);

        // then
        for (String name : List.of("scores.json", "summary.xlsx", "summary.md", "report.html", "manifest.json")) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void addedReportThatIsAFolderIsWrittenBeforeTheManifestWhichListsEachOfItsFiles() throws IOException {
        // given: a report written as a folder of parts, as Spark writes Parquet
        AddedReport parts = new AddedReport() {
            @Override
            public String fileName() {
                return "scores.parquet";
            }

            @Override
            public void write(Assessment assessment, Path file) throws IOException {
                Files.createDirectories(file.resolve("part"));
                Files.writeString(file.resolve("part/one.parquet"), assessment.countries().size() + " units");
                Files.writeString(file.resolve("_SUCCESS"), "");
            }
        };

        // when
        List<Path> written = new ReportWriter(List.of(parts)).writeAll(SahelFixture.assessment(), SahelFixture.run(), folder);

        // then
        assertThat(written).extracting(p -> p.getFileName().toString())
                .endsWith("scores.geojson", "scores.parquet", "manifest.json");
        JsonNode reports = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("reports");
        assertThat(fieldNames(reports)).endsWith("scores.parquet/_SUCCESS", "scores.parquet/part/one.parquet");
        assertThat(reports.get("scores.parquet/part/one.parquet").asText())
                .isEqualTo(FileDigest.sha256(folder.resolve("scores.parquet/part/one.parquet")));
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path missing = folder.resolve("not-there");

        assertThatThrownBy(() -> new ReportWriter().writeAll(SahelFixture.assessment(), SahelFixture.run(), missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not-there");
        assertThat(missing).doesNotExist();
    }

    @Test
    void writesEveryReportForAnEmptyYearAndSparseRunMetadata() throws IOException {
        // given: no countries, no issues, a run with nothing but an id
        Assessment empty = new Assessment(2025, List.of(), List.of());
        RunMetadata bare = new RunMetadata("bare-run", null, null, null, null, null, null, null);

        // when
        List<Path> written = new ReportWriter().writeAll(empty, bare, folder);

        // then
        assertThat(written).hasSize(6);
        JsonNode scores = ScoresJson.read(folder.resolve("scores.json"));
        assertThat(scores.get("countries")).isEmpty();
        assertThat(scores.at("/run/startedAt").isNull()).isTrue();
        assertThat(Files.readString(folder.resolve("report.html"))).contains("0 countries assessed").doesNotContain("class=\"bar\"");
        assertThat(Files.readString(folder.resolve("summary.md"))).contains("# Country risk 2025").doesNotContain("What drives");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
