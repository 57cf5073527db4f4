package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import dev.riskengine.model.RankSensitivity;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.report.console.SensitivityText;
import dev.riskengine.report.html.SensitivityPage;
import dev.riskengine.report.json.SensitivityJson;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.store.ReportWriteException;
import dev.riskengine.store.RunFolder;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * {@code risk sensitivity}: the year assessed through the pipeline, then re-ranked in draws with
 * every rule's points multiplied by its own factor; sensitivity.json and sensitivity.html are
 * written into {@code <reports>/sensitivity/<UTC timestamp>/}, a folder published in one rename
 * when both files are complete ({@link RunFolder}), so an earlier analysis is never damaged and a
 * failed one leaves nothing. The folder sits beside the run folders, not among them: it holds no
 * scores.json, and the run history, {@code --keep} and {@code verify} never see it.
 */
public final class SensitivityAnalysis {
    /** The sub-folder of the reports folder that holds the analyses. */
    public static final String FOLDER = "sensitivity";

    /** @param spread above 0 and below 1; @param draws from 1 to {@link RunRequest#MOST_DRAWS} */
    public record Request(Path input, Path rulesDir, Path reportsDir, Integer year, double spread, int draws,
                          long seed) { }

    public record Result(RankSensitivity sensitivity, Path folder, String text) { }

    private final Pipeline pipeline;
    private final DrawProgress progress;

    public SensitivityAnalysis(DrawProgress progress) {
        this(new Pipeline(), progress);
    }

    public SensitivityAnalysis(Pipeline pipeline, DrawProgress progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    public Result run(Request request) throws InvalidWorkbookException, RuleCompilationException,
            YearNotInWorkbookException, ReportWriteException {
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        Pipeline.Evaluated evaluated = pipeline.evaluate(new Pipeline.Request(request.input(), request.rulesDir(),
                request.year(), false, 0, 0), DrawProgress.NONE);
        RankSensitivity sensitivity = pipeline.sensitivity(evaluated.workbook(), evaluated.rules(),
                evaluated.assessment(), request.spread(), request.draws(), request.seed(), progress);
        String inputFile = String.valueOf(request.input().getFileName());
        Path folder = publish(sensitivity, inputFile, String.valueOf(request.rulesDir()), startedAt,
                request.reportsDir().resolve(FOLDER));
        return new Result(sensitivity, folder, SensitivityText.of(sensitivity, inputFile, folder,
                Pipeline.millis(start, System.nanoTime())));
    }

    private static Path publish(RankSensitivity sensitivity, String inputFile, String rulesFolder, Instant startedAt,
                                Path analyses) throws ReportWriteException {
        RunFolder folder = RunFolder.create(analyses, startedAt);
        Path json = folder.temporary().resolve(SensitivityJson.FILE_NAME);
        Path html = folder.temporary().resolve(SensitivityPage.FILE_NAME);
        try {
            SensitivityJson.write(sensitivity, inputFile, rulesFolder, startedAt, json);
            new SensitivityPage().write(sensitivity, inputFile, html);
        } catch (IOException e) {
            folder.discard();
            throw new ReportWriteException(analyses.resolve(folder.runId()), RunFolder.reason(e), e);
        } catch (RuntimeException | Error e) {
            folder.discard();
            throw e;
        }
        try {
            return folder.publish();
        } catch (ReportWriteException e) {
            folder.discard();
            throw e;
        }
    }
}
