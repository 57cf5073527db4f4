package dev.riskengine.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.riskengine.watch.WatchLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Assess, then after every saved edit to the rules, their test cases or the workbook,"
                + " recompile, re-run the cases and re-assess in this process, and print what moved.",
                "A broken edit prints its located error and watching goes on. Ctrl-C stops."})
final class WatchCommand implements Callable<Integer> {
    /**
     * Editors save in bursts of events a few milliseconds apart (a temporary file renamed over the
     * file, a second write), and only events on the workbook and rule files count. The wait is part
     * of every save-to-result (target 300 ms): 200 ms left too little for the pass itself.
     */
    private static final Duration QUIET = Duration.ofMillis(50);

    @Mixin InputOptions inputs;

    @Option(names = "--write-reports",
            description = "Also write a run folder after every good pass (default: write nothing).")
    boolean writeReports;

    @Mixin ReportsOption reportsFolder;

    @Mixin RuleCacheOption cache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WatchLoop loop = new WatchLoop(new WatchLoop.Options(inputs.rules(), inputs.input(), inputs.year,
                writeReports ? reportsFolder.reports : null, QUIET), cache.pipeline(), spec.commandLine().getOut());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            loop.stop();
            try {
                loop.awaitStopped(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-stop"));
        loop.run();
        return ExitCodes.OK;
    }
}
