package dev.riskengine.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.riskengine.yaml.StrictYaml;
import dev.riskengine.yaml.YamlLines;
import dev.riskengine.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link TableMapping} read from YAML, with the file's name and the line of each key, so that a
 * code checked later against the workbook is still reported at its line. Keys are snake_case
 * ({@code header_row}); an unknown key, a key given twice, a value of the wrong kind or a failed check
 * is one line naming the file, the line and the key ({@link YamlProblem}).
 *
 * @param name    the file's name, as messages name it
 * @param mapping what the file says
 * @param lines   the line of each key
 */
public record MappingFile(String name, TableMapping mapping, YamlLines lines) {
    /** The mapping `import sipri` uses, shipped in the project's mappings/ folder and in the jar. */
    public static final String SIPRI = "sipri-milex.yaml";

    private static final YAMLMapper YAML = StrictYaml.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    public static MappingFile read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name + ": no such mapping file");
        }
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A mapping shipped with the engine (from the jar, or from mappings/ when run from the sources). */
    public static MappingFile builtIn(String name) throws ImportException {
        try (InputStream in = MappingFile.class.getResourceAsStream("/mappings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the engine's own mapping " + name + " is missing from the build");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the engine's own mapping " + name + " cannot be read", e);
        }
    }

    static MappingFile parse(String name, String yaml) throws ImportException {
        YamlLines lines = YamlLines.of(yaml);
        try {
            TableMapping mapping = yaml.isBlank() ? null : YAML.readValue(yaml, TableMapping.class);
            if (mapping == null) {
                throw new ImportException(name + ": empty; expected keys such as source, country, layout, indicators");
            }
            checkAliases(name, mapping, lines);
            return new MappingFile(name, mapping, lines);
        } catch (JsonProcessingException e) {
            throw new ImportException(YamlProblem.of(e, lines).located(name));
        }
    }

    /** Every alias must give a country code, or the countries it names would quietly match nothing. */
    private static void checkAliases(String name, TableMapping mapping, YamlLines lines) throws ImportException {
        for (Map.Entry<String, String> alias : mapping.country().aliases().entrySet()) {
            if (!CountryNames.isCountryCode(alias.getValue())) {
                JsonPointer at = JsonPointer.empty().appendProperty("country").appendProperty("aliases")
                        .appendProperty(alias.getKey());
                int line = lines.lineOf(at).orElse(0);
                throw new ImportException(name + (line > 0 ? ":" + line : "") + ": country.aliases." + alias.getKey()
                        + ": found \"" + alias.getValue() + "\", expected an ISO 3166 alpha-3 code such as ROU (or a"
                        + " user-assigned one such as XKX)");
            }
        }
    }

    /**
     * Each indicator code the mapping fills, with where it is written ("m.yaml:15: indicators[2].code")
     * and the Dictionary row the mapping gives it, if any.
     */
    public List<MappedCode> codes() {
        List<MappedCode> codes = new ArrayList<>();
        for (TableMapping.MappedIndicator indicator : mapping.indicators()) {
            codes.add(new MappedCode(indicator.code(), keyOf(indicator, "code"), mapping.definitionOf(indicator)));
        }
        return List.copyOf(codes);
    }

    /**
     * Where the key that applies to an indicator is written, for messages: the indicator's own
     * ("m.yaml:15: indicators[2].range"), else the table's ("m.yaml:6: range"), else the file's name.
     */
    public String keyOf(TableMapping.MappedIndicator indicator, String key) {
        int index = mapping.indicators().indexOf(indicator);
        JsonPointer own = JsonPointer.empty().appendProperty("indicators").appendIndex(index).appendProperty(key);
        if (lines.lineOf(own).isPresent()) {
            return name + ":" + lines.lineOf(own).getAsInt() + ": indicators[" + (index + 1) + "]." + key;
        }
        JsonPointer table = JsonPointer.empty().appendProperty(key);
        if (lines.lineOf(table).isPresent()) {
            return name + ":" + lines.lineOf(table).getAsInt() + ": " + key;
        }
        return name;
    }
}
