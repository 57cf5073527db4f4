package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.json.GeoJsonDifferences;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.RecordedComparison;
import dev.riskengine.report.json.RunManifest;
import dev.riskengine.report.json.ScoresGeoJson;
import dev.riskengine.report.json.ScoresHead;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.json.ScoresPrint;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.store.RunFolder;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.workbook.InvalidWorkbookException;

/**
 * {@code verify RUN}: re-runs a past run and says whether scores.json comes out the same apart
 * from its "run" metadata, and scores.geojson the same. A run folder that keeps copies of what it read (input/, rules.zip) is
 * re-run from those copies, so it can be verified after the workbook or rules are edited; and,
 * separately, the current workbook and rule files are compared with what the run read, each file
 * that differs, is new or is gone named. An older run folder without copies is re-run from the
 * current files, and only when they still have the hashes the run recorded. The "comparison" is
 * made again against the same earlier run when that run is still there, and left unchecked (and
 * said so) when it is gone. Both scores.json files are read one country at a time, keeping a
 * fingerprint of each: a 100,000-unit run's file is hundreds of megabytes, and two of them as
 * trees do not fit a 2 GB heap.
 */
public final class RunVerification {
    private final Pipeline pipeline;

    public RunVerification() {
        this(new Pipeline());
    }

    /** @param pipeline where the compiled rules come from (the cache, or compiled afresh) */
    public RunVerification(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param identical    true when reproduced exactly; {@code differences} says what differs otherwise
     * @param notes        what could not be checked (the comparison, when the run it compared with is gone)
     * @param reproducedFrom what was re-run: the run's own copies, or the current files
     * @param inputChanges the current workbook and rule files that differ from what the run read, one line each
     */
    public record Outcome(boolean identical, List<String> differences, List<String> notes, String reproducedFrom,
                          List<String> inputChanges) {

        public Outcome(boolean identical, List<String> differences, List<String> notes) {
            this(identical, differences, notes, "", List.of());
        }

        Outcome with(String from, List<String> changes) {
            return new Outcome(identical, differences, notes, from, changes);
        }
    }

    /**
     * @param input    the current workbook to compare with what the run read; null for the one the run read
     * @param rulesDir the current rules folder; null for the one the run read
     */
    public Outcome verify(Path runFolder, Path input, Path rulesDir) throws IOException, InvalidWorkbookException,
            RuleCompilationException, YearNotInWorkbookException {
        RunManifest manifest = ManifestJson.read(runFolder.resolve(ManifestJson.FILE_NAME));
        Path currentInput = input != null ? input
                : Path.of(manifest.inputPath() == null ? "inputs/indicators.xlsx" : manifest.inputPath());
        Path currentRules = rulesDir != null ? rulesDir : Path.of(manifest.rulesPath() == null ? "rules" : manifest.rulesPath());
        List<String> changes = new InputChanges(manifest).of(currentInput, currentRules);

        Optional<Path> workbookCopy = RunInputs.workbookOf(runFolder, manifest);
        if (workbookCopy.isPresent() && RunInputs.rulesZipOf(runFolder, manifest).isPresent()) {
            List<String> damaged = damagedCopies(runFolder, manifest);
            if (!damaged.isEmpty()) {
                return new Outcome(false, damaged, List.of()).with("", changes);
            }
            try (RunInputs.Restored copies = RunInputs.restore(runFolder, manifest).orElseThrow()) {
                String from = "the run's own copies (" + runFolder.relativize(workbookCopy.get()).toString().replace('\\', '/')
                        + ", " + RunInputs.RULES_ZIP + ")";
                return reproduce(runFolder, manifest, copies.workbook(), copies.rulesDir()).with(from, changes);
            }
        }
        // A run made before copies were kept: only the current files can be re-run, and only when unchanged.
        if (!changes.isEmpty()) {
            // said before reading them: a changed workbook may not even be valid any more
            return new Outcome(false, List.of("the run keeps no copy of what it read, and the current files differ"),
                    List.of()).with("", changes);
        }
        return reproduce(runFolder, manifest, currentInput, currentRules).with("the current files (" + currentInput + ", "
                + currentRules + ")", changes);
    }

    /** What a reproduced run was checked by: scores.json, and scores.geojson when the run wrote one. */
    public static String filesChecked(Path runFolder) {
        return Files.isRegularFile(runFolder.resolve(ScoresGeoJson.FILE_NAME))
                ? ScoresGeoJson.FILE_NAME + " and " + ScoresJson.FILE_NAME : ScoresJson.FILE_NAME;
    }

    /** A copy whose bytes no longer have the hash the manifest recorded was edited after the run. */
    private static List<String> damagedCopies(Path runFolder, RunManifest manifest) throws IOException {
        List<String> damaged = new ArrayList<>();
        for (Map.Entry<String, String> copy : manifest.copies().entrySet()) {
            if (!FileDigest.sha256(runFolder.resolve(copy.getKey())).equals(copy.getValue())) {
                damaged.add(copy.getKey() + ": the run's copy was changed after the run (SHA-256 differs from manifest.json)");
            }
        }
        return damaged;
    }

    private Outcome reproduce(Path runFolder, RunManifest manifest, Path input, Path rulesDir) throws IOException,
            InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        ScoresPrint recorded = ScoresPrint.read(runFolder.resolve(ScoresJson.FILE_NAME));
        try (AssessmentRun.Evaluation evaluation = new AssessmentRun(pipeline, DrawProgress.NONE)
                .evaluate(new RunRequest(input, rulesDir, null, yearAsked(recorded.head()),
                        recorded.head().draws(), recorded.head().seed()))) {
            String inputSha256 = evaluation.snapshot().workbookSha256();
            Map<String, String> ruleHashes = AssessmentRun.ruleHashes(evaluation.rules());
            List<String> notes = new ArrayList<>();
            Optional<RunComparison> comparison = comparison(runFolder, recorded.head().comparison(), evaluation,
                    inputSha256, ruleHashes, notes);
            Path again = Files.createTempFile("risk-verify-", ".json");
            Path geoAgain = Files.createTempFile("risk-verify-", ".geojson");
            try {
                // the run's own id: scores.geojson names its layer after it
                RunMetadata rerun = new RunMetadata(manifest.runId(), evaluation.startedAt(),
                        manifest.inputFile() == null ? input.getFileName().toString() : manifest.inputFile(),
                        inputSha256, ruleHashes,
                        Map.of(), Map.of(), Map.of(), evaluation.workbook().provenance());
                RunComparison madeAgain = comparison.orElse(RunComparison.firstRun());
                new ScoresJson().write(evaluation.assessment(), rerun, madeAgain, again);
                ScoresPrint reproduced = ScoresPrint.read(again);
                Outcome outcome = compare(recorded, reproduced, comparison.isPresent());
                List<String> differences = new ArrayList<>(outcome.differences());
                Path geoJson = runFolder.resolve(ScoresGeoJson.FILE_NAME);
                if (Files.isRegularFile(geoJson)) {
                    new ScoresGeoJson().write(evaluation.assessment(), rerun, madeAgain, geoAgain);
                    differences.addAll(GeoJsonDifferences.of(geoJson, geoAgain));
                } else {
                    notes.add(ScoresGeoJson.FILE_NAME + " not checked: the run wrote none (it predates scores.geojson)");
                }
                return new Outcome(differences.isEmpty(), differences, notes);
            } finally {
                Files.deleteIfExists(again);
                Files.deleteIfExists(geoAgain);
            }
        }
    }

    /**
     * A run that assessed other years was asked for no year (the latest, with the rest as
     * history); one that assessed a single year is re-run for that year alone. Older runs have
     * no "years" field and always assessed one year.
     */
    private static Integer yearAsked(ScoresHead recorded) {
        return recorded.otherYears() ? null : recorded.year();
    }

    /**
     * The comparison the run made, made again: with the same earlier run when it is still in the
     * reports folder; empty (not checked, with a note) when that run is gone or the run predates comparisons.
     */
    private static Optional<RunComparison> comparison(Path runFolder, RecordedComparison recorded,
                                                      AssessmentRun.Evaluation evaluation, String inputSha256,
                                                      Map<String, String> ruleHashes, List<String> notes) {
        if (recorded == null) {
            return Optional.empty();
        }
        String previousRun = recorded.previousRun();
        if (previousRun == null) {
            return Optional.of(RunComparison.nothingToCompare(recorded.note()));
        }
        try {
            return Optional.of(Baseline.compare(runFolder.toAbsolutePath().getParent().resolve(previousRun),
                    evaluation.assessment(), inputSha256, ruleHashes));
        } catch (IOException | RuntimeException e) {
            notes.add("comparison with " + previousRun + " not checked: that run is no longer readable ("
                    + RunFolder.reason(e instanceof IOException io ? io : new IOException(e.getMessage())) + ")");
            return Optional.empty();
        }
    }

    /** @param checkComparison whether the comparisons count too (false when the earlier run is gone) */
    private static Outcome compare(ScoresPrint recorded, ScoresPrint again, boolean checkComparison) {
        if (recorded.sameAs(again, checkComparison)) {
            return new Outcome(true, List.of(), List.of());
        }
        List<ScoresPrint.UnitPrint> recordedCountries = recorded.units();
        List<ScoresPrint.UnitPrint> againCountries = again.units();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(recordedCountries.size(), againCountries.size()); i++) {
            ScoresPrint.UnitPrint b = recordedCountries.get(i);
            ScoresPrint.UnitPrint a = againCountries.get(i);
            if (!a.equals(b)) {
                // Same score and band but not the same unit: "score 6.2 band High then, score 6.2 band High now" reads as no difference.
                boolean shownAlike = a.iso3().equals(b.iso3()) && a.score().equals(b.score()) && a.band().equals(b.band());
                differences.add(b.iso3() + (shownAlike ? ": score " + b.score() + " band " + b.band()
                        + " then and now, but its dimensions, contributions, indicators or draws differ"
                        : ": score " + b.score() + " band " + b.band() + " then, score " + a.score() + " band " + a.band()
                        + " now" + (a.iso3().equals(b.iso3()) ? "" : " (ranking differs)")));
            }
        }
        if (recordedCountries.size() != againCountries.size()) {
            differences.add(recordedCountries.size() + " countries then, " + againCountries.size() + " now");
        }
        if (differences.isEmpty()) {
            RecordedComparison comparison = recorded.head().comparison();
            differences.add(!checkComparison || recorded.sameComparisonAs(again)
                    ? "scores.json differs outside the countries (data issues or year)"
                    : "the comparison with " + (comparison == null || comparison.previousRun() == null
                    ? "the earlier run" : comparison.previousRun()) + " differs");
        }
        return new Outcome(false, differences, List.of());
    }
}
