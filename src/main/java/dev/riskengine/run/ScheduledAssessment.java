package dev.riskengine.run;

/** The job a schedule runs: one assessment with the schedule's options, summed up in one log line. */
public final class ScheduledAssessment implements Scheduler.Job {
    private final RunRequest request;
    private final int keep;

    public ScheduledAssessment(RunRequest request, int keep) {
        this.request = request;
        this.keep = keep;
    }

    @Override
    public String run() throws Exception {
        RunResult result = new AssessmentRun().execute(request, keep);
        return result.folder() + ", " + result.assessment().countries().size() + " countries, year "
                + result.assessment().year() + ". " + result.bandChanges().summaryLine();
    }
}
