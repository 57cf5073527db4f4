package dev.riskengine.report.json;

import java.util.Map;

/**
 * What a run's manifest.json says, as later runs and {@code verify} read it back. Fields an older
 * run did not write are null (paths and copies are newer than the rest); maps keep the file's order.
 *
 * @param startedAt  as written (ISO-8601 in UTC); parsed by the reader that needs the instant
 * @param inputPath  where the workbook was read from; null for runs made before it was recorded
 * @param rulesPath  where the rules were read from; null for runs made before it was recorded
 * @param ruleFiles  rule file (relative to the rules folder) to its SHA-256
 * @param copies     each copy kept in the run folder ({@code input/...}, {@code rules.zip}) to its SHA-256
 */
public record RunManifest(String runId, String startedAt, String inputFile, String inputPath, String inputSha256,
                          String rulesPath, Map<String, String> ruleFiles, Map<String, String> copies) {
}
