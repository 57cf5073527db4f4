package dev.riskengine.report.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schemas the jar ships (docs/schema, as resources under /schema), checked by a validator
 * that is not the engine's own code: what another program relying on the published format would do.
 */
public final class JsonSchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** What is wrong with a run's scores.json by its schema, one line each (instance location and message); empty when valid. */
    public static List<String> scoresProblems(Path file) throws IOException {
        return problems(ScoresJson.SCHEMA_RESOURCE, file);
    }

    /** The same for manifest.json. */
    public static List<String> manifestProblems(Path file) throws IOException {
        return problems(ManifestJson.SCHEMA_RESOURCE, file);
    }

    private static List<String> problems(String resource, Path file) throws IOException {
        Schema schema;
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path: the jar ships no schema");
            }
            schema = REGISTRY.getSchema(in, InputFormat.JSON);
        }
        List<Error> errors = schema.validate(Files.readString(file), InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
