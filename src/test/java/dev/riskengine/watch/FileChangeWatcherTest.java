package dev.riskengine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a saved file counts as: a rule file, a case of the rules, or the input. */
class FileChangeWatcherTest {
    @TempDir
    Path temp;

    @Test
    void aSavedCaseFileIsACaseChangeNotARuleChangeSoTheRulesAreNotCompiledAgain() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules/tests"));
        Path input = Files.writeString(temp.resolve("indicators.xlsx"), "workbook");
        try (FileChangeWatcher watcher = new FileChangeWatcher(temp.resolve("rules"), input, Duration.ofMillis(50))) {
            Files.writeString(rules.resolve("scoring.yaml"), "cases: []\n");
            FileChangeWatcher.Change caseSaved = watcher.awaitChange();

            Files.writeString(temp.resolve("rules/exposure.drl"), "package rules.defaults;\n");
            FileChangeWatcher.Change ruleSaved = watcher.awaitChange();

            assertThat(caseSaved.cases()).isTrue();
            assertThat(caseSaved.rules()).isFalse();
            assertThat(caseSaved.input()).isFalse();
            assertThat(ruleSaved.rules()).isTrue();
            assertThat(ruleSaved.cases()).isFalse();
        }
    }
}
