package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.html.HistoryPage;
import dev.riskengine.report.json.HistoryJson;
import dev.riskengine.workbook.InvalidWorkbookException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.store.RunHistory;
import dev.riskengine.store.LatestRun;
import dev.riskengine.store.PublishedRuns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** reports/index.html, reports/history.json and reports/latest after real runs in a temporary reports folder. */
class RunHistoryTest {

    @TempDir
    Path reports;

    @Test
    void everyRunIsListedWithItsHashesAndScoresAndLatestPointsAtTheNewest() throws Exception {
        // when
        RunResult first = run();
        RunResult second = run();

        // then
        JsonNode history = history();
        assertThat(history.path("schemaVersion").asInt()).isEqualTo(2);
        JsonNode runs = history.path("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).path("runId").asText()).isEqualTo(first.folder().getFileName().toString());
        assertThat(runs.get(1).path("runId").asText()).isEqualTo(second.folder().getFileName().toString());
        JsonNode newest = runs.get(1);
        assertThat(newest.path("outcome").asText()).isEqualTo("complete");
        assertThat(newest.path("folderPresent").asBoolean()).isTrue();
        assertThat(newest.path("inputSha256").asText()).isEqualTo(FileDigest.sha256(ChildRun.SAMPLE));
        assertThat(newest.path("rulesSha256").asText()).hasSize(64).isEqualTo(runs.get(0).path("rulesSha256").asText());
        assertThat(newest.path("ruleFiles").size()).isEqualTo(second.metadata().ruleFiles().size());
        assertThat(newest.path("countries")).hasSize(second.assessment().countries().size());
        assertThat(newest.path("units").asInt()).isEqualTo(second.assessment().countries().size());
        assertThat(newest.path("countries").get(0).path("score").asDouble())
                .isEqualTo(second.assessment().countries().get(0).score());

        String index = Files.readString(reports.resolve(HistoryPage.FILE_NAME));
        assertThat(index).contains(first.folder().getFileName() + "/report.html", second.folder().getFileName() + "/report.html",
                newest.path("inputSha256").asText().substring(0, 12), "<svg", "<polyline", "<table class=\"scores\">");
        assertThat(index).doesNotContain("<script", "src=", "href=\"http", "@import", "url(");

        Path latest = reports.resolve(LatestRun.LINK_NAME);
        if (Files.isSymbolicLink(latest)) {
            assertThat(Files.readSymbolicLink(latest)).isEqualTo(second.folder().getFileName());
            assertThat(latest.resolve("scores.json")).isRegularFile();
        } else {
            assertThat(Files.readString(reports.resolve(LatestRun.TEXT_NAME)).strip())
                    .isEqualTo(second.folder().getFileName().toString());
        }
        assertThat(PublishedRuns.list(reports)).hasSize(2); // the history files are no runs
    }

    @Test
    void theEntryOfTheRunJustPublishedIsWhatItsFolderHolds() throws Exception {
        // given: an earlier year first, so the second run has bands that rose or fell
        new AssessmentRun().execute(new RunRequest(ChildRun.SAMPLE, ChildRun.RULES, reports, 2014));

        // when
        RunResult latest = run();

        // then
        HistoryEntry fromMemory = RunHistory.published(latest.assessment(), latest.metadata(), latest.comparison());
        assertThat(fromMemory.bandsRose() + fromMemory.bandsFell()).isPositive();
        assertThat(fromMemory.countries()).hasSize(latest.assessment().countries().size());
        assertThat(fromMemory).isEqualTo(RunHistory.fromFolder(latest.folder()));
    }

    @Test
    void theRunJustPublishedIsTakenFromMemoryNotReadBackFromItsFolder() throws Exception {
        // given: a run whose scores.json can no longer be read, and a history that does not remember it
        RunResult result = run();
        HistoryEntry entry = RunHistory.published(result.assessment(), result.metadata(), result.comparison());
        Files.writeString(result.folder().resolve("scores.json"), "{ damaged");
        Files.delete(reports.resolve(HistoryJson.FILE_NAME));

        // when
        List<HistoryEntry> handedOver = RunHistory.collect(reports, entry);
        List<HistoryEntry> readBack = RunHistory.collect(reports);

        // then
        assertThat(handedOver).containsExactly(entry);
        assertThat(readBack).isEmpty(); // read from its folder, the damaged run is no part of the history
    }

    @Test
    void aFailedRunIsRecordedWithItsOutcomeAndLatestStaysOnTheLastCompleteRun() throws Exception {
        // given
        RunResult complete = run();
        Path missing = reports.resolveSibling("missing.xlsx");

        // when
        assertThatThrownBy(() -> new AssessmentRun().execute(new RunRequest(missing, ChildRun.RULES, reports, null)))
                .isInstanceOf(InvalidWorkbookException.class);

        // then
        JsonNode runs = history().path("runs");
        assertThat(runs).hasSize(2);
        JsonNode failed = runs.get(1);
        assertThat(failed.path("outcome").asText()).isEqualTo("invalid input");
        assertThat(failed.path("runId").isNull()).isTrue();
        assertThat(failed.path("message").asText()).contains("missing.xlsx");
        assertThat(failed.path("inputFile").asText()).isEqualTo("missing.xlsx");
        assertThat(failed.path("inputSha256").isNull()).isTrue();
        assertThat(Files.readString(reports.resolve(HistoryPage.FILE_NAME)))
                .contains("<span class=\"failed\">invalid input</span>: ").contains("missing.xlsx");
        assertThat(latestRun()).isEqualTo(complete.folder().getFileName().toString());

        // and a later run keeps the failure in the history
        run();
        assertThat(history().path("runs")).hasSize(3);
        assertThat(history().path("runs").get(1).path("outcome").asText()).isEqualTo("invalid input");
    }

    @Test
    void runsRemovedByKeepStayInTheHistoryMarkedAsRemoved() throws Exception {
        // given
        RunResult first = run();
        run();

        // when
        RunResult third = new AssessmentRun().execute(request(), 1);

        // then
        JsonNode runs = history().path("runs");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).path("folderPresent").asBoolean()).isFalse();
        assertThat(runs.get(0).path("countries")).isNotEmpty(); // its scores still draw the chart
        assertThat(runs.get(2).path("folderPresent").asBoolean()).isTrue();
        String index = Files.readString(reports.resolve(HistoryPage.FILE_NAME));
        assertThat(index).contains(first.folder().getFileName() + " (removed)")
                .doesNotContain("href=\"" + first.folder().getFileName());
        assertThat(latestRun()).isEqualTo(third.folder().getFileName().toString());
    }

    @Test
    void aDamagedHistoryIsRebuiltFromTheRunFolders() throws Exception {
        // given
        run();
        Files.writeString(reports.resolve(HistoryJson.FILE_NAME), "{ not json");

        // when
        run();

        // then
        assertThat(history().path("runs")).hasSize(2);
    }

    @Test
    void whereTheLinkCannotBeReplacedLatestTxtNamesTheNewestRun() throws Exception {
        // given: "latest" is a folder of the user's, which a link cannot replace
        Files.createDirectories(reports.resolve(LatestRun.LINK_NAME).resolve("notes"));

        // when
        RunResult result = run();

        // then
        assertThat(Files.readString(reports.resolve(LatestRun.TEXT_NAME)).strip())
                .isEqualTo(result.folder().getFileName().toString());
        assertThat(reports.resolve(LatestRun.LINK_NAME).resolve("notes")).isDirectory();
        assertThat(Files.isSymbolicLink(reports.resolve(LatestRun.LINK_NAME))).isFalse();
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        run();

        try (var entries = Files.list(reports)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.startsWith(".tmp-"));
            assertThat(names).contains(HistoryJson.FILE_NAME, HistoryPage.FILE_NAME);
        }
    }

    private RunResult run() throws Exception {
        return new AssessmentRun().execute(request());
    }

    private RunRequest request() {
        return new RunRequest(ChildRun.SAMPLE, ChildRun.RULES, reports, null);
    }

    private JsonNode history() throws Exception {
        return new ObjectMapper().readTree(reports.resolve(HistoryJson.FILE_NAME).toFile());
    }

    private String latestRun() throws Exception {
        Path link = reports.resolve(LatestRun.LINK_NAME);
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && Files.isSymbolicLink(link)) {
            return Files.readSymbolicLink(link).toString();
        }
        return Files.readString(reports.resolve(LatestRun.TEXT_NAME)).strip();
    }
}
