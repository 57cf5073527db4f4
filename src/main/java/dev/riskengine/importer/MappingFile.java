package dev.riskengine.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@link TableMapping} from YAML. Keys are snake_case ({@code header_row}); an unknown key,
 * a value of the wrong kind or a failed check is one line naming the file, the line and the key.
 */
public final class MappingFile {
    /** The mapping `import sipri` uses, shipped in the project's mappings/ folder and in the jar. */
    public static final String SIPRI = "sipri-milex.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private MappingFile() { }

    public static TableMapping read(Path file) throws ImportException {
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
    public static TableMapping builtIn(String name) throws ImportException {
        try (InputStream in = MappingFile.class.getResourceAsStream("/mappings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the engine's own mapping " + name + " is missing from the build");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the engine's own mapping " + name + " cannot be read", e);
        }
    }

    static TableMapping parse(String name, String yaml) throws ImportException {
        try (Reader reader = new StringReader(yaml)) {
            TableMapping mapping = yaml.isBlank() ? null : YAML.readValue(reader, TableMapping.class);
            if (mapping == null) {
                throw new ImportException(name + ": empty; expected keys such as source, country, layout, indicators");
            }
            return mapping;
        } catch (JsonProcessingException e) {
            throw new ImportException(name + line(e, yaml) + ": " + problem(e));
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The line to name. The YAML parser's own mark for a syntax error; the key's first line for an
     * unknown key (Jackson reads a record's properties before it complains); none for a check of the
     * whole file (a missing key has no line); otherwise where Jackson stopped.
     */
    private static String line(JsonProcessingException e, String yaml) {
        Optional<MarkedYAMLException> syntax = syntaxError(e);
        if (syntax.isPresent() && syntax.get().getProblemMark() != null) {
            return ":" + (syntax.get().getProblemMark().getLine() + 1);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Matcher key = Pattern.compile("(?m)^[ \\t-]*" + Pattern.quote(unknown.getPropertyName()) + "[ \\t]*:")
                    .matcher(yaml);
            if (key.find()) {
                return ":" + (1 + yaml.substring(0, key.start()).chars().filter(c -> c == '\n').count());
            }
        }
        if (e instanceof ValueInstantiationException && ((JsonMappingException) e).getPath().isEmpty()) {
            return "";
        }
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
    }

    private static Optional<MarkedYAMLException> syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    private static String problem(JsonProcessingException e) {
        Optional<MarkedYAMLException> syntax = syntaxError(e);
        if (syntax.isPresent()) {
            String context = syntax.get().getContext() == null ? "" : syntax.get().getContext() + ": ";
            return "not valid YAML: " + context + firstLine(syntax.get().getProblem());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key \"" + unknown.getPropertyName() + "\"" + where(unknown) + " (known: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof ValueInstantiationException failed && failed.getCause() instanceof IllegalArgumentException check) {
            return check.getMessage();
        }
        if (e instanceof InvalidFormatException format) {
            String expected = format.getTargetType().isEnum()
                    ? "one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    : "a " + format.getTargetType().getSimpleName().toLowerCase(Locale.ROOT);
            return key(format) + ": found \"" + format.getValue() + "\", expected " + expected;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return key(mapping) + ": " + firstLine(mapping.getOriginalMessage());
        }
        return "not valid YAML: " + firstLine(e.getOriginalMessage());
    }

    private static String where(JsonMappingException e) {
        String parent = e.getPath().size() > 1 ? key(e.getPath().subList(0, e.getPath().size() - 1)) : "";
        return parent.isEmpty() ? "" : " in " + parent;
    }

    private static String key(JsonMappingException e) {
        return key(e.getPath());
    }

    private static String key(java.util.List<JsonMappingException.Reference> path) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return key.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
