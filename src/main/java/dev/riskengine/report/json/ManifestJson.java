package dev.riskengine.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.KeptInputs;
import dev.riskengine.model.RunMetadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * manifest.json: what went into a run and how long it took, so a report can be traced back to
 * the exact workbook and rule files (by SHA-256) and the versions that produced it. Written last,
 * it also lists the SHA-256 of the other report files, so a later check can tell whether a
 * report was edited after the run. Read back as a {@link RunManifest} by later runs and {@code verify}.
 */
public final class ManifestJson {

    public static final String FILE_NAME = "manifest.json";
    public static final int SCHEMA_VERSION = 1;
    /** The JSON Schema manifest.json names in "$schema": docs/schema/manifest.schema.json, and {@link #SCHEMA_RESOURCE} in the jar. */
    public static final String SCHEMA_ID = "https://riskengine.dev/schema/manifest.schema.json";
    public static final String SCHEMA_RESOURCE = "/schema/manifest.schema.json";

    /**
     * @param reports report file name to its SHA-256, in the order they were written; may be empty
     */
    public void write(RunMetadata run, Map<String, String> reports, Path file) throws IOException {
        write(run, reports, KeptInputs.none(), file);
    }

    /**
     * @param kept where the workbook and rules were read from ({@code inputPath}, {@code rulesPath})
     *             and the copies of them kept in the run folder ({@code copies}, each with its SHA-256)
     */
    public void write(RunMetadata run, Map<String, String> reports, KeptInputs kept, Path file) throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("runId", run.runId());
        PrettyJson.putInstant(root, "startedAt", run.startedAt());
        root.put("inputFile", run.inputFile());
        if (kept.inputPath() != null) {
            root.put("inputPath", kept.inputPath());
        }
        root.put("inputSha256", run.inputSha256());
        if (kept.rulesPath() != null) {
            root.put("rulesPath", kept.rulesPath());
        }
        PrettyJson.putStringMap(root, "ruleFiles", run.ruleFiles());
        PrettyJson.putStringMap(root, "versions", run.versions());
        PrettyJson.putNumberMap(root, "timingsMillis", run.timingsMillis());
        PrettyJson.putNumberMap(root, "counts", run.counts());
        if (!kept.copies().isEmpty()) {
            PrettyJson.putStringMap(root, "copies", kept.copies());
        }
        PrettyJson.putStringMap(root, "reports", reports);
        PrettyJson.write(root, file);
    }

    /** @throws IOException when the file is unreadable or not JSON */
    public static RunManifest read(Path file) throws IOException {
        JsonNode root = PrettyJson.read(file);
        return new RunManifest(PrettyJson.text(root.path("runId")), PrettyJson.text(root.path("startedAt")),
                PrettyJson.text(root.path("inputFile")), PrettyJson.text(root.path("inputPath")),
                PrettyJson.text(root.path("inputSha256")), PrettyJson.text(root.path("rulesPath")),
                PrettyJson.textMap(root.path("ruleFiles")), PrettyJson.textMap(root.path("copies")));
    }
}
