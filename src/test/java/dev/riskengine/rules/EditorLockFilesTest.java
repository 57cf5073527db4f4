package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, case 6: Excel's and LibreOffice's lock files beside an open rule file are not rules. */
class EditorLockFilesTest {
    @TempDir Path temp;

    @Test
    void excelLockFileBesideAnOpenDecisionTableIsSkippedNotAnError() throws Exception {
        Path dir = RulesFolder.copyOfShipped(temp).dir();
        int shipped = new RuleCompiler().compile(dir).files().size();
        Files.write(dir.resolve("~$threat.drl.xlsx"), new byte[] {0, 1, 2, 3}); // what Excel writes: no workbook
        Files.write(dir.resolve(".~lock.threat.drl.xlsx#"), new byte[] {0, 1});
        Files.writeString(dir.resolve(".threat.drl.swp"), "not a rule");

        RuleBase rules = new RuleCompiler().compile(dir);

        assertThat(rules.files()).hasSize(shipped);
        assertThat(RuleFile.isRuleFile("~$threat.drl.xlsx")).isFalse();
        assertThat(RuleFile.isRuleFile("threat.drl.xlsx")).isTrue();
    }
}
