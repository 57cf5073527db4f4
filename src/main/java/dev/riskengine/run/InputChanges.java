package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.riskengine.report.FileDigest;
import dev.riskengine.report.json.RunManifest;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleFile;

/**
 * Which of the current workbook and rule files differ from what a run read (by the SHA-256 its
 * manifest recorded), one line per file: so an analyst knows exactly what was edited since.
 */
final class InputChanges {
    private final String runInputPath;
    private final String runInputSha256;
    private final Map<String, String> runRuleFiles = new LinkedHashMap<>();

    InputChanges(RunManifest manifest) {
        this.runInputPath = manifest.inputPath();
        this.runInputSha256 = manifest.inputSha256() == null ? "" : manifest.inputSha256();
        runRuleFiles.putAll(manifest.ruleFiles());
    }

    /** @return one line per file that changed, is new or is gone; empty when everything is as the run read it */
    List<String> of(Path input, Path rulesDir) throws IOException {
        List<String> changes = new ArrayList<>();
        workbook(input).ifPresent(changes::add);
        changes.addAll(rules(rulesDir));
        return changes;
    }

    private java.util.Optional<String> workbook(Path input) throws IOException {
        boolean sameFile = runInputPath == null || Path.of(runInputPath).normalize().equals(input.normalize());
        String other = sameFile ? "" : " (the run read " + runInputPath + ")";
        if (!Files.isRegularFile(input) && !Files.isDirectory(input)) { // a folder: the long-form tables
            return java.util.Optional.of(input + ": gone since the run" + other);
        }
        if (FileDigest.sha256(input).equals(runInputSha256)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(input + ": " + (sameFile ? "changed since the run" : "differs from what the run read")
                + " (SHA-256 differs)" + other);
    }

    private List<String> rules(Path rulesDir) throws IOException {
        if (!Files.isDirectory(rulesDir)) {
            return List.of(rulesDir + ": gone since the run");
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (RuleFile file : RuleCompiler.findRuleFiles(rulesDir)) {
            current.put(file.relativePath(), FileDigest.sha256(file.path()));
        }
        List<String> changes = new ArrayList<>();
        runRuleFiles.forEach((file, sha256) -> {
            String now = current.get(file);
            if (now == null) {
                changes.add(rulesDir.resolve(file) + ": gone since the run");
            } else if (!now.equals(sha256)) {
                changes.add(rulesDir.resolve(file) + ": changed since the run (SHA-256 differs)");
            }
        });
        current.keySet().stream().filter(file -> !runRuleFiles.containsKey(file))
                .forEach(file -> changes.add(rulesDir.resolve(file) + ": new since the run"));
        return changes;
    }
}
