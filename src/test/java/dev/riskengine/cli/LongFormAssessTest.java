package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --long-form} and {@code assess --input FOLDER}: the sample written as long-form
 * tables and assessed from them gives the scores the workbook gives.
 */
class LongFormAssessTest extends CommandTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path temp;

    @Test
    void sampleExportedToLongFormAssessesToTheWorkbooksScores() throws IOException {
        Path folder = temp.resolve("sample-long");
        assertThat(risk("export", "--long-form", "--input", SAMPLE.toString(), "--out", folder.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("countries.csv, indicators.csv, borders.csv, dictionary.csv, sources.csv");

        assertThat(risk("assess", "--input", SAMPLE.toString(), "--reports", temp.resolve("wide").toString(), "--no-cache"))
                .as(err.toString()).isZero();
        assertThat(risk("assess", "--input", folder.toString(), "--reports", temp.resolve("long").toString(), "--no-cache"))
                .as(err.toString()).isZero();

        JsonNode wide = JSON.readTree(onlyRun(temp.resolve("wide")).resolve("scores.json").toFile());
        JsonNode longForm = JSON.readTree(onlyRun(temp.resolve("long")).resolve("scores.json").toFile());
        assertThat(longForm.at("/run/inputFile").asText()).isEqualTo("sample-long");
        assertThat(longForm.at("/countries/0/indicators/0/cell").asText()).matches("indicators\\.csv:\\d+ \\(column value\\)");
        assertThat(withoutPlaces(longForm).toPrettyString()).isEqualTo(withoutPlaces(wide).toPrettyString());
    }

    @Test
    void exportRefusesAFolderThatHoldsFilesWithoutForce() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("full"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThat(risk("export", "--long-form", "--input", SAMPLE.toString(), "--out", folder.toString())).isEqualTo(5);

        assertThat(err.toString()).contains("already exists; nothing written (--force replaces it)");
        assertThat(folder.resolve("indicators.csv")).doesNotExist();
    }

    @Test
    void longFormFolderWithABadValueIsRefusedWithOneLocatedLineAndNoRun() throws IOException {
        Path folder = temp.resolve("sample-long");
        assertThat(risk("export", "--long-form", "--input", SAMPLE.toString(), "--out", folder.toString())).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(folder.resolve("indicators.csv")));
        lines.set(16, lines.get(16).replaceFirst("^([^,]+,[^,]+,[^,]+),[^,]*", "$1,\"2,5\""));
        Files.write(folder.resolve("indicators.csv"), lines);

        assertThat(risk("assess", "--input", folder.toString(), "--reports", temp.resolve("r").toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("sample-long: indicators.csv:17 (column value): found \"2,5\", expected a number");
        assertThat(err.toString()).contains("1 problem in the folder: nothing assessed.");
        assertThat(temp.resolve("r")).satisfiesAnyOf(r -> assertThat(r).doesNotExist(), r -> assertThat(runs(r)).isEmpty());
    }

    /**
     * The scores without what differs by the input's form: the run (the input's name and digest)
     * and the comparison, and each place a value was read from (a cell such as Indicators!E13
     * there, a line such as indicators.csv:17 here, and countries.csv where a workbook's message
     * says the Countries sheet). Data issues, sorted by place in each run, are compared as a set.
     */
    private static JsonNode withoutPlaces(JsonNode scores) {
        ObjectNode copy = scores.deepCopy();
        copy.remove(List.of("run", "comparison"));
        strip(copy);
        List<String> issues = new ArrayList<>();
        copy.withArray("dataIssues").forEach(issue -> issues.add(issue.toString()
                .replace("not on countries.csv", "not on the Countries sheet")));
        issues.sort(null);
        ArrayNode sorted = copy.putArray("dataIssues");
        issues.forEach(sorted::add);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("cell", "cells", "address"));
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                strip(fields.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(LongFormAssessTest::strip);
        }
    }

    private static Path onlyRun(Path reports) throws IOException {
        List<Path> runs = runs(reports);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private static List<Path> runs(Path reports) throws IOException {
        try (Stream<Path> listed = Files.list(reports)) {
            return listed.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("20")).toList();
        }
    }
}
