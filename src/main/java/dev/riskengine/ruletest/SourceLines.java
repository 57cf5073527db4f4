package dev.riskengine.ruletest;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Remembers the line each part of a case file starts on, so that problems Jackson cannot see
 * (a country that is not listed, a rule that does not exist) are still reported at their line.
 * Records compare by value, so lines are kept by identity.
 */
final class SourceLines {
    private static final String ATTRIBUTE = SourceLines.class.getName();

    private final Map<Object, Integer> lineByObject = new IdentityHashMap<>();

    /** The per-read attribute under which Jackson hands this to the recording deserializers. */
    String attributeName() {
        return ATTRIBUTE;
    }

    int lineOf(Object parsed) {
        return lineByObject.getOrDefault(parsed, 0);
    }

    /** Records the line of every object of CaseYaml's records as it is read. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("case-file-lines");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getEnclosingClass() == CaseYaml.class
                        ? new Recording(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static final class Recording extends DelegatingDeserializer {
        Recording(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Recording(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            Object value = super.deserialize(p, ctxt);
            if (value != null && ctxt.getAttribute(ATTRIBUTE) instanceof SourceLines lines) {
                lines.lineByObject.put(value, line);
            }
            return value;
        }
    }
}
