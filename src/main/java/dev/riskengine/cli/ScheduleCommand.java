package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import dev.riskengine.run.CronTimes;
import dev.riskengine.run.RunRequest;
import dev.riskengine.run.ScheduleLog;
import dev.riskengine.run.ScheduledAssessment;
import dev.riskengine.run.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run 'assess' at every time of a cron schedule until stopped (SIGTERM or Ctrl-C stop it "
                + "after the run in progress).", "Each run's outcome is appended to <reports>/schedule.log."})
final class ScheduleCommand implements Callable<Integer> {
    @Option(names = "--cron", required = true, paramLabel = "EXPR",
            description = "UNIX cron expression: minute hour day-of-month month day-of-week, e.g. \"0 6 * * MON\", "
                    + "or @hourly, @daily, @weekly, @monthly, @yearly.")
    String cron;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of the cron times, e.g. Europe/Madrid (default: this machine's).")
    ZoneId zone;

    @Option(names = "--once-now", description = "Also run once right away.")
    boolean onceNow;

    @Mixin InputOptions inputs;

    @Mixin ReportsOption reportsFolder;

    @Mixin KeepOption keep;

    @Mixin RuleCacheOption cache;

    @Mixin FailOnBandRiseOption failing;

    @Mixin ScheduleHooksOptions hooks;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CronTimes times;
        try {
            times = new CronTimes(cron, zone == null ? ZoneId.systemDefault() : zone);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--cron \"" + cron + "\": " + e.getMessage());
        }
        Scheduler.Reactions reactions;
        try {
            reactions = hooks.reactions(failing.failOnBandRise);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Scheduler scheduler = new Scheduler(times,
                new ScheduledAssessment(new RunRequest(inputs.input(), inputs.rules(), reportsFolder.reports, inputs.year),
                        keep.runsToKeep(), cache.pipeline()),
                new ScheduleLog(reportsFolder.reports, line -> { out.println(line); out.flush(); }), reactions);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.stop();
            try {
                scheduler.awaitStopped();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "schedule-stop"));
        return scheduler.run(onceNow) == Scheduler.Ending.BAND_ROSE ? ExitCodes.BAND_ROSE : ExitCodes.OK;
    }
}
