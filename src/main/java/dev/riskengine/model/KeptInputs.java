package dev.riskengine.model;

import java.util.Map;

/**
 * What a run read and where its run folder keeps a copy of it, for manifest.json.
 *
 * @param inputPath the workbook's path as the run was given it (e.g. {@code inputs/indicators-2026.xlsx})
 * @param rulesPath the rules folder's path as the run was given it
 * @param copies    each kept copy's path in the run folder ({@code input/indicators.xlsx}, {@code rules.zip}) to its SHA-256
 */
public record KeptInputs(String inputPath, String rulesPath, Map<String, String> copies) {

    public KeptInputs {
        copies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(copies)); // in the order kept
    }

    /** Runs written without copies (reports written by tests or tools, not by a run). */
    public static KeptInputs none() {
        return new KeptInputs(null, null, Map.of());
    }
}
