package dev.riskengine.report.writer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.KeptInputs;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.parallel.OnEveryCore;
import dev.riskengine.report.AddedReport;
import dev.riskengine.report.FileDigest;
import dev.riskengine.report.Listing;
import dev.riskengine.report.html.HtmlReport;
import dev.riskengine.report.json.BacktestJson;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.ScoresGeoJson;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.markdown.SummaryMarkdown;
import dev.riskengine.report.xlsx.SummaryWorkbook;

/**
 * Writes every report of one run into a folder that already exists. Making that folder, writing
 * to a temporary one and renaming it into place belongs to the caller (the run), so a failed run
 * never leaves a half-written report where an earlier one was.
 */
public final class ReportWriter {

    private final ScoresJson scores = new ScoresJson();
    private final SummaryWorkbook workbook = new SummaryWorkbook();
    private final SummaryMarkdown markdown = new SummaryMarkdown();
    private final HtmlReport html = new HtmlReport();
    private final ScoresGeoJson geoJson = new ScoresGeoJson();
    private final ManifestJson manifest = new ManifestJson();
    private final List<AddedReport> added;

    public ReportWriter() {
        this(List.of());
    }

    /** @param added reports a driver adds to the run's own (the Spark job's scores.parquet), written after them */
    public ReportWriter(List<AddedReport> added) {
        this.added = List.copyOf(added);
    }

    /**
     * @return the files written, in this order: scores.json, summary.xlsx, summary.md,
     *         report.html, scores.geojson, manifest.json (last, as it lists the others' SHA-256)
     * @throws IOException when the folder does not exist or a file cannot be written
     */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, Path folder) throws IOException {
        return writeAll(assessment, run, RunComparison.firstRun(), folder);
    }

    /** As {@link #writeAll(Assessment, RunMetadata, Path)}, each report saying what changed since the run compared with. */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, RunComparison comparison, Path folder)
            throws IOException {
        return writeAll(assessment, run, comparison, folder, KeptInputs.none());
    }

    /** As above, the manifest also naming what the run read and the copies of it kept in the folder. */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, RunComparison comparison, Path folder,
                               KeptInputs kept) throws IOException {
        return writeAll(assessment, run, comparison, folder, kept, Optional.empty());
    }

    /**
     * As above, with the run's backtest ({@code assess --backtest}) as backtest.json, listed in the
     * manifest like every report, and as a section of report.html.
     */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, RunComparison comparison, Path folder,
                               KeptInputs kept, Optional<BacktestResult> backtest) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(run, "run");
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        Map<Path, Report> reports = new LinkedHashMap<>();
        reports.put(folder.resolve(ScoresJson.FILE_NAME), scores::write);
        reports.put(folder.resolve(SummaryWorkbook.FILE_NAME), workbook::write);
        reports.put(folder.resolve(SummaryMarkdown.FILE_NAME), markdown::write);
        reports.put(folder.resolve(HtmlReport.FILE_NAME), (a, r, c, f) -> html.write(a, r, c, backtest, f));
        reports.put(folder.resolve(ScoresGeoJson.FILE_NAME), geoJson::write);
        if (backtest.isPresent()) {
            reports.put(folder.resolve(BacktestJson.FILE_NAME), (a, r, c, f) -> BacktestJson.write(backtest.get(), f));
        }
        Map<String, String> hashes = writeInParallel(reports, assessment, run, comparison);
        List<Path> written = new ArrayList<>(reports.keySet());
        for (AddedReport report : added) {
            Path file = written(folder.resolve(report.fileName()), f -> report.write(assessment, f));
            hashes.putAll(digests(folder, file));
            written.add(file);
        }
        written.add(written(folder.resolve(ManifestJson.FILE_NAME), f -> manifest.write(run, hashes, kept, f)));
        return List.copyOf(written);
    }

    /**
     * Writes and hashes the reports on every core: each report is an independent file, and for a
     * large run scores.json and summary.xlsx each take seconds. The first failure (in the order
     * given) is the one reported.
     *
     * @return each file's name and SHA-256, in the order given
     */
    private static Map<String, String> writeInParallel(Map<Path, Report> reports, Assessment assessment,
                                                       RunMetadata run, RunComparison comparison) throws IOException {
        List<OnEveryCore.Task<String, IOException>> tasks = new ArrayList<>();
        reports.forEach((file, report) -> tasks.add(() -> FileDigest.sha256(
                written(file, f -> report.write(assessment, run, comparison, f)))));
        List<String> digests = OnEveryCore.map("report-writer", tasks, IOException.class);
        Map<String, String> hashes = new LinkedHashMap<>();
        int i = 0;
        for (Path file : reports.keySet()) {
            hashes.put(file.getFileName().toString(), digests.get(i++));
        }
        return hashes;
    }

    /**
     * The SHA-256 of a report by its name in the run folder; a report that is a folder of files
     * (Spark writes Parquet as one) gives each of its files, by its path in the run folder.
     */
    private static Map<String, String> digests(Path folder, Path report) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        if (!Files.isDirectory(report)) {
            digests.put(report.getFileName().toString(), FileDigest.sha256(report));
            return digests;
        }
        List<Path> files;
        try (var walk = Files.walk(report)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digests.put(folder.relativize(file).toString().replace('\\', '/'), FileDigest.sha256(file));
        }
        return digests;
    }

    /** One report of a run: every writer takes the same things, and lists as the run's {@link Listing} says. */
    private interface Report {
        void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException;
    }

    private interface FileWrite {
        void to(Path file) throws IOException;
    }

    // Names the report in the message: an IOException from POI or Jackson alone rarely says which file.
    private static Path written(Path file, FileWrite write) throws IOException {
        try {
            write.to(file);
        } catch (IOException | RuntimeException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

}
