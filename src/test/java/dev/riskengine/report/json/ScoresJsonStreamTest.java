package dev.riskengine.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.SahelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scores.json of a large run, written unit by unit, is the document the tree of a small run gives. */
class ScoresJsonStreamTest {

    @TempDir
    Path folder;

    @Test
    void theStreamedScoresJsonIsTheSameDocumentAsTheTree() throws Exception {
        // given
        Assessment assessment = SahelFixture.assessment();
        Path streamed = folder.resolve("streamed.json");
        Path tree = folder.resolve("tree.json");

        // when
        ScoresJsonStream.write(assessment, SahelFixture.run(), ComparisonJson.tree(RunComparison.firstRun()), streamed);
        ObjectNode root = new ScoresJson().tree(assessment, SahelFixture.run());
        root.set("comparison", ComparisonJson.tree(RunComparison.firstRun()));
        PrettyJson.write(root, tree);

        // then: the same document, each unit on a line of its own
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(streamed.toFile())).isEqualTo(json.readTree(tree.toFile()));
        List<String> lines = Files.readAllLines(streamed);
        for (CountryAssessment country : assessment.countries()) {
            assertThat(lines).filteredOn(line -> line.contains("\"iso3\":\"" + country.iso3() + "\",\"name\""))
                    .singleElement().satisfies(line -> assertThat(line.strip()).startsWith("{").contains("\"contributions\""));
        }
    }
}
