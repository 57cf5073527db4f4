package dev.riskengine.run;

import java.time.ZonedDateTime;
import java.util.List;

import dev.riskengine.model.BandChanges;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.report.Plural;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.store.RunHistory;
import dev.riskengine.store.RunLock;
import dev.riskengine.uncertainty.DrawProgress;

/** The job a schedule runs: one assessment with the schedule's options, summed up in one log line. */
public final class ScheduledAssessment implements Scheduler.Job {
    /** The outcome history.json and index.html give a time missed because the run before was still going. */
    public static final String MISSED = "missed";

    private final RunRequest request;
    private final int keep;
    private final Pipeline pipeline;

    public ScheduledAssessment(RunRequest request, int keep) {
        this(request, keep, new Pipeline());
    }

    /** @param pipeline where each run's compiled rules come from (the cache, or compiled afresh) */
    public ScheduledAssessment(RunRequest request, int keep, Pipeline pipeline) {
        this.request = request;
        this.keep = keep;
        this.pipeline = pipeline;
    }

    @Override
    public Scheduler.Outcome run() throws Exception {
        RunResult result = new AssessmentRun(pipeline, DrawProgress.NONE).execute(request, keep);
        int units = result.assessment().countries().size();
        String summary = result.folder() + ", " + UnitNoun.of(result.assessment()).count(units) + ", year "
                + result.assessment().year() + ". " + result.bandChanges().summaryLine() + ruleWarnings(result);
        int rose = (int) result.bandChanges().changes().stream().filter(BandChanges.Change::rose).count();
        return new Scheduler.Outcome(summary, result.folder(), rose);
    }

    /**
     * The rules' warnings in the run's log line: an unattended run whose rule can never fire (a
     * misspelt code) scores too low without failing, so the log is where an operator learns of it.
     */
    private static String ruleWarnings(RunResult result) {
        List<String> warnings = result.ruleWarnings();
        if (warnings.isEmpty()) {
            return "";
        }
        return " " + Plural.of(warnings.size(), "rule warning", "rule warnings") + ": " + warnings.get(0)
                + (warnings.size() > 1 ? "; ./risk rules check lists them all" : "");
    }

    /** Counted in the history like a failed run, under the reports lock; left out if another run holds it. */
    @Override
    public void missed(ZonedDateTime slot, String why) {
        try (RunLock lock = RunLock.acquire(request.reportsDir())) {
            HistoryPublisher.afterFailure(request.reportsDir(), RunHistory.failed(slot.toInstant(), MISSED, why, request.input()));
        } catch (Exception e) { // the log has said it already; the history is a second record of it
            // nothing more to do
        }
    }
}
