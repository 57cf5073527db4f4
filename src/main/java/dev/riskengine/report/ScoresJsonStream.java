package dev.riskengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.RunMetadata;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * scores.json of a large run, written unit by unit: the same document and layout as {@link
 * ScoresJson} builds as one tree, which for 100,000 units would take a gigabyte of heap.
 */
final class ScoresJsonStream {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoresJsonStream() {
    }

    static void write(Assessment assessment, RunMetadata run, JsonNode comparison, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = PrettyJson.generator(out)) {
            json.setCodec(MAPPER);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", ScoresJson.SCHEMA_VERSION);
            ObjectNode head = PrettyJson.object();
            ObjectNode runNode = head.putObject("run");
            runNode.put("runId", run.runId());
            PrettyJson.putInstant(runNode, "startedAt", run.startedAt());
            runNode.put("inputFile", run.inputFile());
            runNode.put("inputSha256", run.inputSha256());
            head.put("year", assessment.year());
            UncertaintyJson.putRun(head, assessment);
            var fields = head.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("countries");
            for (CountryAssessment country : assessment.countries()) {
                ObjectNode node = ScoresJson.country(country);
                UncertaintyJson.putCountry(node, assessment, country.iso3());
                json.writeTree(node);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dataIssues");
            for (DataIssue issue : assessment.dataIssues()) {
                json.writeStartObject();
                json.writeStringField("kind", issue.kind() == null ? null : issue.kind().name());
                json.writeStringField("iso3", issue.iso3());
                json.writeStringField("address", issue.address());
                json.writeStringField("message", issue.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("comparison");
            json.writeTree(comparison);
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
    }
}
