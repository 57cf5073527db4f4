package dev.riskengine.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.RunComparer;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.run.RunRequest;
import dev.riskengine.run.RunResult;

/**
 * Watch mode: assess once, then after every saved edit to the rules, their cases or the workbook,
 * recompile, re-run the cases and re-assess in this JVM and print what moved since the last good
 * result. A broken edit prints its located problems and the loop keeps watching. Run folders are
 * written only when {@code reportsDir} is given.
 */
public final class WatchLoop {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** {@code year} null: the latest in the workbook; {@code reportsDir} null: write no run folder. */
    public record Options(Path rulesDir, Path input, Integer year, Path reportsDir, Duration quiet) { }

    private final Options options;
    private final Pipeline pipeline;
    private final PrintWriter out;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile FileChangeWatcher watcher;
    private volatile boolean stopping;

    public WatchLoop(Options options, PrintWriter out) {
        this(options, new Pipeline(), out);
    }

    /** @param pipeline where each pass's compiled rules come from (the cache, or compiled afresh) */
    public WatchLoop(Options options, Pipeline pipeline, PrintWriter out) {
        this.options = options;
        this.pipeline = pipeline;
        this.out = out;
    }

    /**
     * Runs until {@link #stop()} is called (Ctrl-C) or the thread is interrupted.
     *
     * @throws RuleCompilationException at once when the rules folder does not exist: there is nothing to watch
     */
    public void run() throws IOException, RuleCompilationException {
        if (!Files.isDirectory(options.rulesDir())) {
            pipeline.rules(options.rulesDir()); // throws the usual located "not found" problem
        }
        try (FileChangeWatcher files = new FileChangeWatcher(options.rulesDir(), options.input(), options.quiet())) {
            watcher = files;
            if (stopping) {
                return;
            }
            print(List.of("Watching " + options.rulesDir() + "/ and " + options.input() + " (Ctrl-C stops)."));
            Reassessment reassessment = new Reassessment(pipeline, options.rulesDir(), options.input(), options.year(),
                    options.reportsDir() != null);
            Assessment lastGood = show(reassessment.run(true, true), null, "start");
            warmUpTheCompiler();
            while (true) {
                FileChangeWatcher.Change change = files.awaitChange();
                lastGood = show(reassessment.run(change.rules(), change.cases(), change.input()), lastGood,
                        WatchText.changedFiles(change.files()) + " changed");
            }
        } catch (ClosedWatchServiceException e) {
            // stop() closed the watcher: the normal way out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            print(List.of("Stopped watching."));
            stopped.countDown();
        }
    }

    /**
     * Compiles the rules twice on a background thread, the results thrown away, while the author
     * reads the first pass. The start pass usually reads the compiled rules from the cache, so the
     * first saved rule file was the JVM's first compile: 1.4 s, against about 0.5 s once the
     * compiler's own code is warm. Nothing is written (no cache entry, no output); a rule that does
     * not compile is for the saves to report.
     */
    private void warmUpTheCompiler() {
        Thread warmUp = new Thread(() -> {
            for (int i = 0; i < 2 && !stopping; i++) {
                try {
                    new RuleCompiler().compile(options.rulesDir());
                } catch (RuleCompilationException | RuntimeException e) {
                    return; // the author's next save compiles them and says what is wrong
                }
            }
        }, "watch-compiler-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Ends {@link #run()} after the pass in progress; safe from any thread, e.g. a shutdown hook. */
    public void stop() {
        stopping = true;
        FileChangeWatcher current = watcher;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // closing a watch service only releases inotify handles; nothing is left half done
            }
        }
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Prints one pass and returns the assessment later passes are compared with. */
    private Assessment show(Reassessment.Outcome outcome, Assessment lastGood, String trigger) {
        String time = LocalTime.now().format(CLOCK) + "  " + trigger + ": ";
        List<String> lines = new java.util.ArrayList<>();
        if (outcome instanceof Reassessment.Broken broken) {
            lines.add(time + broken.what() + " (" + broken.millis() + " ms)");
            lines.addAll(WatchText.brokenLines(broken));
            print(lines);
            return lastGood;
        }
        Reassessment.Assessed assessed = (Reassessment.Assessed) outcome;
        lines.add(time + WatchText.state(assessed));
        lines.addAll(WatchText.testLines(assessed.tests()));
        if (lastGood != null) {
            lines.addAll(WatchText.changeLines(new RunComparer().resultsMoved(lastGood, assessed.assessment())));
        }
        if (options.reportsDir() != null) {
            lines.add("  " + writeReports(assessed.evaluation()));
        }
        print(lines);
        return assessed.assessment();
    }

    /**
     * Publishes this pass through the same code as {@code assess} (lock, atomic run folder,
     * comparison, manifest, history) without reading or compiling anything again, so the reports
     * are of the very state the console just showed, even if a file was saved again meanwhile.
     */
    private String writeReports(AssessmentRun.Evaluation evaluation) {
        try {
            RunResult result = new AssessmentRun().execute(
                    new RunRequest(options.input(), options.rulesDir(), options.reportsDir(), options.year()), evaluation);
            return "Reports: " + result.folder();
        } catch (Exception e) {
            // every failure of a run is a located one-line message (lock held, disk full, ...)
            return "Reports not written: " + e.getMessage();
        }
    }

    private void print(List<String> lines) {
        synchronized (out) {
            lines.forEach(out::println);
            out.flush();
        }
    }
}
