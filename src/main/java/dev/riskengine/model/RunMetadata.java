package dev.riskengine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a report needs to say about the run that produced it. Maps keep insertion order and are
 * written in that order, so callers pass sorted or deliberately ordered maps.
 *
 * @param runId           the run folder's name, e.g. {@code 2026-11-25T06-00-00.123Z}
 * @param inputFile       the workbook's file name as given by the user
 * @param inputSha256     SHA-256 of the workbook's bytes
 * @param ruleFiles       rule file (relative to the rules directory) to its SHA-256
 * @param versions        component name to version (engine, Drools, POI, Java)
 * @param timingsMillis   stage name to milliseconds (read, compile, evaluate, write)
 * @param counts          what was counted (countries, indicators, rules, contributions)
 * @param provenance      where indicator columns come from (the workbook's Sources sheet), in sheet order
 * @param rules           every compiled rule, earliest stage first, for the reports' methodology
 */
public record RunMetadata(String runId,
                          Instant startedAt,
                          String inputFile,
                          String inputSha256,
                          Map<String, String> ruleFiles,
                          Map<String, String> versions,
                          Map<String, Long> timingsMillis,
                          Map<String, Integer> counts,
                          List<Provenance> provenance,
                          List<RuleDescription> rules) {

    public RunMetadata {
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The same run with the stage timings known by now (writing is timed after the reports are written). */
    public RunMetadata withTimings(Map<String, Long> timings) {
        return new RunMetadata(runId, startedAt, inputFile, inputSha256, ruleFiles, versions, timings, counts,
                provenance, rules);
    }

    /** A run described without its rules (the methodology then has none to list). */
    public RunMetadata(String runId, Instant startedAt, String inputFile, String inputSha256,
                       Map<String, String> ruleFiles, Map<String, String> versions,
                       Map<String, Long> timingsMillis, Map<String, Integer> counts,
                       List<Provenance> provenance) {
        this(runId, startedAt, inputFile, inputSha256, ruleFiles, versions, timingsMillis, counts, provenance, List.of());
    }

    /** A run whose workbook says nothing about its sources. */
    public RunMetadata(String runId, Instant startedAt, String inputFile, String inputSha256,
                       Map<String, String> ruleFiles, Map<String, String> versions,
                       Map<String, Long> timingsMillis, Map<String, Integer> counts) {
        this(runId, startedAt, inputFile, inputSha256, ruleFiles, versions, timingsMillis, counts, List.of(), List.of());
    }
}
