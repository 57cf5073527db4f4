package dev.riskengine.run;

import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.uncertainty.DrawProgress;

/** The job a schedule runs: one assessment with the schedule's options, summed up in one log line. */
public final class ScheduledAssessment implements Scheduler.Job {
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
    public String run() throws Exception {
        RunResult result = new AssessmentRun(pipeline, DrawProgress.NONE).execute(request, keep);
        return result.folder() + ", " + result.assessment().countries().size() + " countries, year "
                + result.assessment().year() + ". " + result.bandChanges().summaryLine();
    }
}
