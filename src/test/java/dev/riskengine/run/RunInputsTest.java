package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.sample.FolderCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every run folder keeps what it read (input/, rules.zip), hashed as it was read. */
class RunInputsTest {

    @TempDir
    Path temp;

    @Test
    void workbookReplacedDuringReadIsHashedAsRead() throws Exception {
        // given: the workbook is read, then replaced (mv) by another before the run hashes and publishes
        Path input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("indicators.xlsx"));
        String readSha256 = FileDigest.sha256(input);
        RunRequest request = new RunRequest(input, Path.of("rules"), temp.resolve("reports"), null);
        AssessmentRun.Evaluation evaluation = new AssessmentRun().evaluate(request);
        Path replacement = Files.writeString(temp.resolve("saved-by-excel.tmp"), "another workbook's bytes");
        Files.move(replacement, input, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        // when
        RunResult result = new AssessmentRun().execute(request, evaluation);

        // then: the manifest and the kept copy are of the bytes that were parsed, not of the new file
        JsonNode manifest = manifest(result.folder());
        assertThat(manifest.path("inputSha256").asText()).isEqualTo(readSha256).isNotEqualTo(FileDigest.sha256(input));
        Path copy = result.folder().resolve("input/indicators.xlsx");
        assertThat(FileDigest.sha256(copy)).isEqualTo(readSha256);
        assertThat(manifest.path("copies").path("input/indicators.xlsx").asText()).isEqualTo(readSha256);
    }

    @Test
    void ruleFileEditedAfterCompilingIsHashedAsCompiled() throws Exception {
        Path rules = FolderCopy.copy(Path.of("rules"), temp.resolve("rules"));
        String compiledSha256 = FileDigest.sha256(rules.resolve("exposure.drl"));
        RunRequest request = new RunRequest(Path.of("inputs/indicators.xlsx"), rules, temp.resolve("reports"), null);
        AssessmentRun.Evaluation evaluation = new AssessmentRun().evaluate(request);
        Files.writeString(rules.resolve("exposure.drl"), "// saved again after the run compiled it\n",
                java.nio.file.StandardOpenOption.APPEND);

        RunResult result = new AssessmentRun().execute(request, evaluation);

        assertThat(manifest(result.folder()).path("ruleFiles").path("exposure.drl").asText()).isEqualTo(compiledSha256);
    }

    @Test
    void everyRunFolderKeepsTheWorkbookAndRulesItReadReproducibly() throws Exception {
        // given
        RunRequest request = new RunRequest(Path.of("inputs/indicators.xlsx"), Path.of("rules"), temp.resolve("reports"), null);

        // when: two runs of the same files
        RunResult first = new AssessmentRun().execute(request);
        RunResult second = new AssessmentRun().execute(request);

        // then: each keeps both copies, hashed in its manifest; the same rules zip to the same bytes
        JsonNode manifest = manifest(first.folder());
        assertThat(manifest.path("inputPath").asText()).isEqualTo(Path.of("inputs/indicators.xlsx").toString());
        assertThat(manifest.path("copies").path("input/indicators.xlsx").asText())
                .isEqualTo(FileDigest.sha256(Path.of("inputs/indicators.xlsx")));
        assertThat(manifest.path("copies").path("rules.zip").asText())
                .isEqualTo(FileDigest.sha256(first.folder().resolve("rules.zip")))
                .isEqualTo(FileDigest.sha256(second.folder().resolve("rules.zip")));
        assertThat(zipEntries(first.folder().resolve("rules.zip")))
                .contains("exposure.drl", "threat.drl.xlsx").noneMatch(name -> name.startsWith("tests/"));
    }

    @Test
    void rulesZipHoldsOnlyTheRuleFilesNotTheReadmeOrAnEditorsLockFile() throws Exception {
        Path rules = FolderCopy.copy(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve("~$threat.drl.xlsx"), "Excel's lock file");
        RunRequest request = new RunRequest(Path.of("inputs/indicators.xlsx"), rules, temp.resolve("reports"), null);

        RunResult result = new AssessmentRun().execute(request);

        assertThat(Files.exists(rules.resolve("README.md"))).isTrue();
        assertThat(zipEntries(result.folder().resolve("rules.zip"))).containsExactly("bands.drl.xlsx", "evidence.drl",
                "exposure.drl", "scoring.drl", "threat.drl.xlsx", "vulnerability.drl");
    }

    @Test
    void killedRunsSnapshotFolderIsRemovedByTheNextRunButALiveRunsIsKept() throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path killedRuns = Files.createDirectories(temp.resolve(InputSnapshot.SNAPSHOT_PREFIX + ended.pid() + "-1"));
        Files.writeString(killedRuns.resolve("indicators.xlsx"), "a copy the killed run never deleted");
        Path liveRuns = Files.createDirectories(temp.resolve(InputSnapshot.SNAPSHOT_PREFIX + ProcessHandle.current().pid() + "-2"));

        Path next = ProcessTempFolder.create(temp, InputSnapshot.SNAPSHOT_PREFIX);

        assertThat(killedRuns).doesNotExist();
        assertThat(liveRuns).isDirectory();
        assertThat(next).isDirectory().isNotEqualTo(liveRuns);
    }

    @Test
    void manifestNamesThePoiVersion() throws Exception {
        RunRequest request = new RunRequest(Path.of("inputs/indicators.xlsx"), Path.of("rules"), temp.resolve("reports"), null);

        RunResult result = new AssessmentRun().execute(request);

        JsonNode versions = manifest(result.folder()).path("versions");
        assertThat(versions.path("poi").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(versions.path("drools").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(versions.path("engine").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        versions.fields().forEachRemaining(v -> assertThat(v.getValue().asText()).as(v.getKey())
                .isNotBlank().isNotEqualTo("unknown").isNotEqualTo("development build"));
    }

    private static JsonNode manifest(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve(ManifestJson.FILE_NAME).toFile());
    }

    private static List<String> zipEntries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
