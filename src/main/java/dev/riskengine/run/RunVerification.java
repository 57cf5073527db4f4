package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.ScoresJson;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleFile;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * {@code verify RUN}: re-runs a past run from its manifest (same year, and only when the input and
 * every rule file still have the hashes it recorded) and says whether scores.json comes out the
 * same apart from its "run" metadata.
 */
public final class RunVerification {

    /** @param identical true when reproduced exactly; {@code differences} says what differs otherwise */
    public record Outcome(boolean identical, List<String> differences) { }

    public Outcome verify(Path runFolder, Path input, Path rulesDir) throws IOException, InvalidWorkbookException,
            RuleCompilationException, YearNotInWorkbookException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode manifest = mapper.readTree(runFolder.resolve("manifest.json").toFile());
        JsonNode recorded = ScoresJson.read(runFolder.resolve(ScoresJson.FILE_NAME));
        AssessmentRun.Evaluation evaluation = new AssessmentRun()
                .evaluate(new RunRequest(input, rulesDir, null, recorded.path("year").asInt()));

        List<String> changed = new ArrayList<>();
        if (!FileDigest.sha256(input).equals(manifest.path("inputSha256").asText())) {
            changed.add(input + " changed since the run (SHA-256 differs)");
        }
        Map<String, String> ruleHashes = new LinkedHashMap<>();
        for (RuleFile file : evaluation.rules().files()) {
            ruleHashes.put(file.relativePath(), FileDigest.sha256(file.path()));
        }
        Map<String, String> recordedRules = new LinkedHashMap<>();
        manifest.path("ruleFiles").fields().forEachRemaining(e -> recordedRules.put(e.getKey(), e.getValue().asText()));
        if (!ruleHashes.equals(recordedRules)) {
            changed.add(rulesDir + " changed since the run (files or SHA-256 differ)");
        }
        if (!changed.isEmpty()) {
            return new Outcome(false, changed);
        }

        Path again = Files.createTempFile("risk-verify-", ".json");
        try {
            new ScoresJson().write(evaluation.assessment(), new RunMetadata("verify", evaluation.startedAt(),
                    input.getFileName().toString(), FileDigest.sha256(input), ruleHashes, Map.of(), Map.of(), Map.of(),
                    evaluation.workbook().provenance()),
                    again);
            return compare(withoutRun(recorded), withoutRun(ScoresJson.read(again)));
        } finally {
            Files.deleteIfExists(again);
        }
    }

    private static JsonNode withoutRun(JsonNode scores) {
        ObjectNode copy = scores.deepCopy();
        copy.remove("run");
        return copy;
    }

    private static Outcome compare(JsonNode recorded, JsonNode again) {
        if (recorded.equals(again)) {
            return new Outcome(true, List.of());
        }
        List<String> differences = new ArrayList<>();
        Iterator<JsonNode> before = recorded.path("countries").elements();
        Iterator<JsonNode> after = again.path("countries").elements();
        while (before.hasNext() && after.hasNext()) {
            JsonNode b = before.next();
            JsonNode a = after.next();
            if (!a.equals(b)) {
                differences.add(b.path("iso3").asText() + ": score " + b.path("score") + " band " + b.path("band").asText()
                        + " then, score " + a.path("score") + " band " + a.path("band").asText() + " now"
                        + (a.path("iso3").equals(b.path("iso3")) ? "" : " (ranking differs)"));
            }
        }
        if (differences.isEmpty()) {
            differences.add("scores.json differs outside the countries (data issues or year)");
        }
        return new Outcome(false, differences);
    }
}
