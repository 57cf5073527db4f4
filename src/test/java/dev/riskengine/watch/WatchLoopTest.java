package dev.riskengine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.workbook.LongFormWriter;
import dev.riskengine.workbook.WorkbookReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.sample.FolderCopy;

/**
 * Watch mode on a real folder with real edits. Waits are bounded and end as soon as the expected
 * line is printed: no fixed sleeps. The bound is generous because the build machine may be busy.
 */
class WatchLoopTest {
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String LONG_COAST = "code == \"coastline_km\", $v : value >= 1000 )";
    private static final String SHORT_COAST = "code == \"coastline_km\", $v : value > 0, value < 1000 )";

    @TempDir
    Path temp;

    private Path rules;
    private Path input;
    private final PrintedLines printed = new PrintedLines();
    private WatchLoop loop;
    private Thread thread;

    private void startWatching(Path reports) throws IOException, InterruptedException {
        input = temp.resolve("inputs/indicators.xlsx");
        Files.createDirectories(input.getParent());
        Files.copy(Path.of("inputs/indicators.xlsx"), input);
        startWatching(reports, input);
    }

    private void startWatching(Path reports, Path watchedInput) throws IOException, InterruptedException {
        rules = temp.resolve("rules");
        FolderCopy.copy(Path.of("rules"), rules);
        input = watchedInput;
        loop = new WatchLoop(new WatchLoop.Options(rules, input, null, reports, Duration.ofMillis(200)), printed.writer());
        thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "watch-under-test");
        thread.start();
        printed.until(line -> line.contains("start: "), BOUND);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(BOUND.toMillis());
        }
    }


    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        save(file, text.replace(from, to));
    }

    /**
     * Saves as most editors and office suites do: a hidden temporary file renamed over the old one,
     * so the watcher never sees a half-written file however busy the machine is.
     */
    private static void save(Path file, byte[] content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".saving");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void save(Path file, String content) throws IOException {
        save(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The lines of the next pass: its heading up to the last line of its block. */
    private List<String> nextPass() throws InterruptedException {
        return printed.until(line -> line.endsWith("changed.") || line.endsWith("moved.")
                || line.contains("still watching"), BOUND);
    }

    @Test
    void aThresholdEditPrintsTheScoresBandsAndContributionsThatMovedThenABrokenEditKeepsWatching() throws Exception {
        startWatching(null);
        Path exposure = rules.resolve("exposure.drl");

        // a "long" coastline from 2,000 km instead of 1,000: Libya (1,770 km), Tunisia and Morocco drop a tier
        String drl = Files.readString(exposure);
        assertThat(drl).contains(LONG_COAST, SHORT_COAST);
        save(exposure, drl.replace(LONG_COAST, LONG_COAST.replace("1000", "2000"))
                .replace(SHORT_COAST, SHORT_COAST.replace("1000", "2000")));
        List<String> pass = nextPass();
        assertThat(pass.get(0)).contains("exposure.drl changed: ").contains(" rules in ").contains(" cases pass");
        assertThat(pass).map(String::strip).contains(
                "+ EXPOSURE      +1.00  Coastline on smuggling and migration routes: 1,770 km of coastline (below 1,000 km)",
                "- EXPOSURE      +2.00  Long coastline on smuggling and migration routes: 1,770 km of coastline (1,000 km or more)")
                .anySatisfy(line -> assertThat(line).startsWith("LBY Libya ").contains("score 6.2 -> 5.7", "band High",
                        "EXPOSURE 5.2 -> 4.2"))
                .anySatisfy(line -> assertThat(line).startsWith("FAIL rules/tests/exposure.yaml:"));
        assertThat(pass).last().isEqualTo("  3 scores moved, 1 band changed.");

        // a syntax error: located, and watching goes on
        save(exposure, Files.readString(exposure) + "\nrule \"half written\" when then nonsense( end\n");
        pass = nextPass();
        assertThat(pass.get(0)).contains("exposure.drl changed: rules do not compile");
        assertThat(pass).anySatisfy(line -> assertThat(line).startsWith("  rules/exposure.drl:"));

        // the next good edit recovers, compared with the last good result
        save(exposure, Files.readString(Path.of("rules/exposure.drl")));
        pass = nextPass();
        assertThat(pass).noneMatch(line -> line.contains("FAIL"))
                .anySatisfy(line -> assertThat(line).startsWith("  LBY Libya ").contains("score 5.7 -> 6.2"))
                .last().isEqualTo("  3 scores moved, 1 band changed.");
        assertThat(pass.get(0)).contains("exposure.drl changed: ");
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void savingADecisionTableReassessesToo() throws Exception {
        startWatching(null);
        Path table;
        try (Stream<Path> files = Files.list(rules)) {
            table = files.filter(p -> p.getFileName().toString().endsWith(".drl.xlsx")).sorted().findFirst().orElseThrow();
        }

        save(table, Files.readAllBytes(table));

        List<String> pass = nextPass();
        assertThat(pass.get(0)).contains(table.getFileName() + " changed: ").contains(" rules in ");
        assertThat(pass).last().isEqualTo("  No score, band or contribution moved.");
    }

    @Test
    void anInvalidWorkbookIsReportedAndTheRepairedOneRecovers() throws Exception {
        startWatching(null);
        byte[] good = Files.readAllBytes(input);

        save(input, "not a workbook");
        List<String> pass = nextPass();
        assertThat(pass.get(0)).contains("indicators.xlsx changed: invalid workbook");
        assertThat(pass.get(1)).startsWith("  indicators.xlsx: ");

        save(input, good);
        pass = nextPass();
        assertThat(pass.get(0)).contains("indicators.xlsx changed: ").contains(" rules in ");
        assertThat(pass).last().isEqualTo("  No score, band or contribution moved.");
    }

    @Test
    void anEditInsideALongFormInputFolderIsSeenAndReassessed() throws Exception {
        Path folder = temp.resolve("sample-long");
        new LongFormWriter().write(new WorkbookReader().read(Path.of("inputs/indicators.xlsx")), folder);
        startWatching(null, folder);

        // Libya's 422 attacks in 2016 typed as 42: one tier lower ("Frequent", 20 to 99)
        edit(folder.resolve("indicators.csv"), "LBY,2016,terrorist_attacks,422,,", "LBY,2016,terrorist_attacks,42,,");
        List<String> pass = nextPass();

        assertThat(pass.get(0)).contains("indicators.csv changed: ").contains(" rules in ");
        assertThat(pass).map(String::strip).anySatisfy(line -> assertThat(line).startsWith("LBY Libya ").contains("score 6.2 -> 5.7"));
        assertThat(pass).map(String::strip).contains("+ THREAT        +2.00  Frequent terrorist attacks: 42 terrorist attacks in the year (20 to 99)");
    }

    @Test
    void aFailingCaseIsOneLineAndTheAssessmentStillRuns() throws Exception {
        startWatching(null);
        Path scoring = rules.resolve("tests/scoring.yaml");

        edit(scoring, "LOW: { band: Low, score: 2.2,", "LOW: { band: Low, score: 2.5,");
        List<String> pass = nextPass();
        assertThat(pass.get(0)).contains("scoring.yaml changed: ").containsPattern("\\d+/\\d+ cases pass");
        assertThat(pass).contains("  FAIL rules/tests/scoring.yaml:16  Each band from its indicators, through the geometric"
                + " mean: LOW score: expected 2.5, got 2.2 (threat 1, exposure 2, vulnerability 5)");
        assertThat(pass).last().isEqualTo("  No score, band or contribution moved.");
    }

    @Test
    void withWriteReportsEveryGoodPassPublishesARunFolder() throws Exception {
        Path reports = temp.resolve("reports");
        startWatching(reports);
        List<String> start = printed.until(line -> line.startsWith("  Reports"), BOUND);
        assertThat(start).last().asString().startsWith("  Reports: ");

        try (Stream<Path> runs = Files.list(reports)) {
            // one run folder; "latest" is a link to it
            assertThat(runs.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.exists(p.resolve("scores.json")))).hasSize(1);
        }
        // the pass shown is the run published: every year assessed, as assess does, for the trend
        Path folder = Path.of(start.get(start.size() - 1).substring("  Reports: ".length()));
        assertThat(dev.riskengine.report.json.ScoresJson.read(folder.resolve("scores.json")).get("years"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asInt).containsExactly(2014, 2015, 2016);
    }

    @Test
    void aMissingRulesFolderIsRefusedAtOnce() {
        WatchLoop missing = new WatchLoop(new WatchLoop.Options(temp.resolve("nope"), temp.resolve("x.xlsx"), null, null,
                Duration.ofMillis(200)), printed.writer());

        org.assertj.core.api.Assertions.assertThatThrownBy(missing::run)
                .isInstanceOf(dev.riskengine.rules.RuleCompilationException.class)
                .hasMessage("nope/: rules directory not found (expected a folder of .drl files)");
    }

    @Test
    void theCompilerWarmUpAfterTheStartPrintsNothingAndTheNextSaveIsSeenAsUsual() throws Exception {
        startWatching(null);
        Thread warmUp = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("watch-compiler-warm-up")).findFirst().orElse(null);
        if (warmUp != null) {
            warmUp.join(BOUND.toMillis());
            assertThat(warmUp.isAlive()).isFalse();
        }

        edit(rules.resolve("exposure.drl"), LONG_COAST, "code == \"coastline_km\", $v : value >= 1500 )");
        List<String> pass = nextPass();

        // the first line after the start pass is this save's, not anything of the warm-up
        assertThat(pass.get(0)).contains("exposure.drl changed: ").contains("48 rules in 6 files");
    }

    @Test
    void stopEndsTheLoopCleanly() throws Exception {
        startWatching(null);

        loop.stop();

        assertThat(loop.awaitStopped(BOUND)).isTrue();
        printed.until(line -> line.equals("Stopped watching."), BOUND);
        thread.join(BOUND.toMillis());
        assertThat(thread.isAlive()).isFalse();
    }
}
