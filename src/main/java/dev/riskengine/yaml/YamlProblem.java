package dev.riskengine.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.riskengine.text.CloseNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What went wrong reading a YAML file (a rule test case file, an import mapping), said in the
 * author's terms: the line, where in the file's structure ({@code indicators[1].scale}), what was
 * found and what was expected. Jackson's own messages name Java classes and tokens instead.
 *
 * @param line    the line the problem is on, or 0 when it concerns the whole file (a missing key)
 * @param message what is wrong, e.g. {@code indicators[1].scale: found "lots", expected a number}
 */
public record YamlProblem(int line, String message) {
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

    /** "file:line: message", or "file: message" for a problem of the whole file. */
    public String located(String fileName) {
        return fileName + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /**
     * @param e     what Jackson threw reading the text
     * @param lines the lines of the same text, to name a key's own line
     */
    public static YamlProblem of(JsonProcessingException e, YamlLines lines) {
        MarkedYAMLException syntax = syntaxError(e);
        if (syntax != null) {
            return syntax(syntax, e);
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return duplicate(duplicate.group(1), e, lines);
        }
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException mapping
                ? mapping.getPath() : List.of();
        int line = lines.lineOf(path).orElse(jacksonLine(e));
        if (e instanceof PropertyBindingException unknown) {
            return new YamlProblem(line, prefix(path.subList(0, Math.max(0, path.size() - 1)))
                    + "unknown key \"" + unknown.getPropertyName() + "\"" + known(unknown));
        }
        if (e instanceof ValueInstantiationException failed && failed.getCause() instanceof IllegalArgumentException check) {
            // The records' own checks name their keys; a check of the whole file has no one line.
            return new YamlProblem(path.isEmpty() ? 0 : line, check.getMessage());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return new YamlProblem(line, prefix(path) + "found \"" + invalid.getValue() + "\", expected "
                    + expected(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && String.valueOf(e.getOriginalMessage()).startsWith("Cannot")) {
            // Jackson may have buffered the value already: the parser no longer stands on it.
            String found = lines.valueAt(path).map(value -> "found " + value + ", ").orElse("");
            return new YamlProblem(line, prefix(path) + found + "expected " + expected(mismatch.getTargetType()));
        }
        if (e instanceof JsonParseException) {
            return new YamlProblem(line, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
        return new YamlProblem(line, prefix(path) + firstLine(e.getOriginalMessage()));
    }

    /** How a value the parser stands on reads to its author: a list, a mapping, or the text itself. */
    public static String found(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            return "a mapping";
        }
        try {
            return "\"" + parser.getText() + "\"";
        } catch (IOException e) {
            return "an unreadable value";
        }
    }

    /** SnakeYAML's mark is where the parser gave up; its context mark is where the unclosed part began. */
    private static YamlProblem syntax(MarkedYAMLException syntax, JsonProcessingException e) {
        int line = syntax.getProblemMark() != null ? syntax.getProblemMark().getLine() + 1 : jacksonLine(e);
        String context = "";
        if (syntax.getContext() != null) {
            int opened = syntax.getContextMark() == null ? line : syntax.getContextMark().getLine() + 1;
            context = syntax.getContext() + (opened != line ? " opened on line " + opened : "") + ": ";
        }
        return new YamlProblem(line, "not valid YAML: " + context + firstLine(syntax.getProblem()));
    }

    private static YamlProblem duplicate(String key, JsonProcessingException e, YamlLines lines) {
        String first = "";
        String where = "";
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            OptionalInt firstLine = lines.lineOf(context.pathAsPointer());
            first = firstLine.isPresent() && firstLine.getAsInt() != jacksonLine(e)
                    ? " (first on line " + firstLine.getAsInt() + ")" : "";
            where = prefix(enclosing(context.getParent()));
        }
        return new YamlProblem(jacksonLine(e), where + "\"" + key + "\" is given twice" + first + "; give each key once");
    }

    /** The path of a parser's context, e.g. indicators[1], in the references a mapping exception carries. */
    private static List<JsonMappingException.Reference> enclosing(JsonStreamContext context) {
        List<JsonMappingException.Reference> path = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.add(new JsonMappingException.Reference(null, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                path.add(new JsonMappingException.Reference(null, c.getCurrentName()));
            }
        }
        Collections.reverse(path);
        return path;
    }

    private static String known(PropertyBindingException unknown) {
        Collection<Object> ids = unknown.getKnownPropertyIds();
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<String> names = ids.stream().map(String::valueOf).sorted().toList();
        return CloseNames.didYouMean(unknown.getPropertyName(), names) + " (known: " + String.join(", ", names) + ")";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Character.class || type == char.class) {
            return "a single character";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (lines starting with \"- \", or [a, b])";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value lines, or { key: value })";
        }
        return "a value of another kind";
    }

    /** "cases[2].expect.TUN: ", or nothing at the top of the file. */
    private static String prefix(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return text.length() == 0 ? "" : text + ": ";
    }

    private static int jacksonLine(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 0 : e.getLocation().getLineNr();
    }

    /** SnakeYAML's own exception, somewhere in Jackson's wrapping, has the problem apart from its context. */
    private static MarkedYAMLException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml) {
                return yaml;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}
