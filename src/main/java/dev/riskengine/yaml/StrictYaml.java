package dev.riskengine.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * How the engine reads files people write in YAML: a misspelt key, a key given twice, a fraction
 * where a whole number is expected or a null for a number fail the read (at their line, see
 * {@link YamlProblem}) instead of being ignored, last-wins or rounded. Enum values match in any case.
 */
public final class StrictYaml {
    private StrictYaml() { }

    public static YAMLMapper.Builder builder() {
        return YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
