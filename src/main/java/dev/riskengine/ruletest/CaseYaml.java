package dev.riskengine.ruletest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import dev.riskengine.model.Dimension;
import dev.riskengine.workbook.IndicatorText;
import dev.riskengine.yaml.YamlProblem;

/**
 * The shape of a case file ({@code rules/tests/*.yaml}) as Jackson reads it. Unknown fields,
 * wrong types and unreadable values fail the read at their line; what Jackson cannot check
 * (required fields, countries that must be listed) is checked by {@link CaseFileReader}.
 */
final class CaseYaml {
    private CaseYaml() {
    }

    record FileSpec(List<CaseSpec> cases) { }

    record CaseSpec(@JsonProperty("case") String name,
                    Integer year,
                    List<CountrySpec> countries,
                    Map<String, Map<String, IndicatorValue>> indicators,
                    List<BorderSpec> borders,
                    Map<String, ExpectationSpec> expect) { }

    record CountrySpec(String iso3, String name, Long population) { }

    record BorderSpec(String iso3, String neighbour, Double km) { }

    record ExpectationSpec(String band,
                           @JsonDeserialize(using = RangeDeserializer.class) ValueRange score,
                           @JsonDeserialize(contentUsing = RangeDeserializer.class) Map<Dimension, ValueRange> dimensions,
                           List<String> fires,
                           @JsonProperty("doesNotFire") List<String> doesNotFire,
                           @JsonDeserialize(contentUsing = RangeDeserializer.class) Map<String, ValueRange> points) { }

    /**
     * An indicator value as the workbook would read the same text, with the line it is on; the
     * reading is null for a value left empty (missing data), whose line is kept all the same.
     */
    @JsonDeserialize(using = IndicatorValueDeserializer.class)
    record IndicatorValue(IndicatorText.Reading reading, int line) { }

    /** A number or a range ({@code 4.5-5.0}); anything else fails at its line. */
    static final class RangeDeserializer extends StdDeserializer<ValueRange> {
        RangeDeserializer() {
            super(ValueRange.class);
        }

        @Override
        public ValueRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return ValueRange.point(p.getDoubleValue());
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return ValueRange.parse(p.getText());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage());
                }
            }
            throw JsonMappingException.from(p, "found " + YamlProblem.found(p) + ", expected a number such as 4.9 or a range such as 4.5-5.0");
        }
    }

    /** Reads the text with the workbook's own cell reader, so a case accepts exactly what a cell accepts. */
    static final class IndicatorValueDeserializer extends StdDeserializer<IndicatorValue> {
        IndicatorValueDeserializer() {
            super(IndicatorValue.class);
        }

        @Override
        public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                double value = p.getDoubleValue();
                return new IndicatorValue(new IndicatorText.Reading(value, value, value), line);
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return new IndicatorValue(IndicatorText.read(p.currentName(), p.getText()), line);
                } catch (IndicatorText.UnreadableValueException e) {
                    throw JsonMappingException.from(p, e.getMessage());
                }
            }
            throw JsonMappingException.from(p, "found " + YamlProblem.found(p) + ", expected a number, a range such as 6000-7000,"
                    + " or nothing (missing data)");
        }

        /** An empty value is missing data, but its code is checked like any other: keep its line. */
        @Override
        public IndicatorValue getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            return new IndicatorValue(null, p == null ? 0 : p.currentTokenLocation().getLineNr());
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC; // one value per empty entry, each with its own line
        }
    }
}
