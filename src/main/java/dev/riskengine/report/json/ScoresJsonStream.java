package dev.riskengine.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.YearChange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * scores.json of a large run, written unit by unit: the same document as {@link ScoresJson}
 * builds as one tree, which for 100,000 units would take a gigabyte of heap. Each unit, each
 * data issue and each unit of the comparison is one line, not indented over twenty: the file is
 * about 60 % of the size, quicker to write and read, and a unit can be found with grep.
 */
final class ScoresJsonStream {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoresJsonStream() {
    }

    /**
     * Writes the fields of {@link ScoresJson#tree} in its order; the tree of the run without its
     * units gives every field but the two long lists, which are written item by item in their place.
     */
    static void write(Assessment assessment, RunMetadata run, JsonNode comparison, Path file) throws IOException {
        Assessment withoutUnits = new Assessment(assessment.year(), List.of(), List.of(), assessment.otherYears(),
                assessment.simulation());
        ObjectNode head = new ScoresJson().tree(withoutUnits, run);
        head.set("comparison", comparison);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = PrettyJson.generator(out)) {
            json.setCodec(MAPPER);
            json.writeStartObject();
            var fields = head.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                json.writeFieldName(field.getKey());
                if (field.getKey().equals("countries")) {
                    countries(json, assessment);
                } else if (field.getKey().equals("dataIssues")) {
                    issues(json, assessment);
                } else if (field.getKey().equals("comparison")) {
                    comparison(json, field.getValue());
                } else {
                    json.writeTree(field.getValue());
                }
            }
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
    }

    private static void countries(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeStartArray();
        for (CountryAssessment country : assessment.countries()) {
            ObjectNode node = ScoresJson.country(country);
            UncertaintyJson.putCountry(node, assessment, country.iso3());
            ScoresJson.putChange(node, YearChange.of(assessment, country).orElse(null));
            json.writeRawValue(MAPPER.writeValueAsString(node));
        }
        json.writeEndArray();
    }

    /** The comparison as the tree has it, with each unit of its "countries" on one line, as the units above. */
    private static void comparison(JsonGenerator json, JsonNode comparison) throws IOException {
        if (!comparison.isObject()) {
            json.writeTree(comparison);
            return;
        }
        json.writeStartObject();
        var fields = comparison.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            json.writeFieldName(field.getKey());
            if (field.getKey().equals("countries") && field.getValue().isArray()) {
                json.writeStartArray();
                for (JsonNode unit : field.getValue()) {
                    json.writeRawValue(MAPPER.writeValueAsString(unit));
                }
                json.writeEndArray();
            } else {
                json.writeTree(field.getValue());
            }
        }
        json.writeEndObject();
    }

    private static void issues(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeStartArray();
        for (DataIssue issue : assessment.dataIssues()) {
            json.writeRawValue(MAPPER.writeValueAsString(ScoresJson.issue(issue)));
        }
        json.writeEndArray();
    }
}
