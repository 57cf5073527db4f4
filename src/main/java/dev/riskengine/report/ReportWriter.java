package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final ManifestJson manifest = new ManifestJson();
    /** Runs of thousands of units: streamed workbook, summarising page (see {@link LargeRun}). */
    private final LargeSummaryWorkbook largeWorkbook = new LargeSummaryWorkbook();
    private final LargeHtmlReport largeHtml = new LargeHtmlReport();

    /**
     * @return the files written, in this order: scores.json, summary.xlsx, summary.md,
     *         report.html, manifest.json (last, as it lists the others' SHA-256)
     * @throws IOException when the folder does not exist or a file cannot be written
     */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, Path folder) throws IOException {
        return writeAll(assessment, run, RunComparison.firstRun(), folder);
    }

    /** As {@link #writeAll(Assessment, RunMetadata, Path)}, each report saying what changed since the run compared with. */
    public List<Path> writeAll(Assessment assessment, RunMetadata run, RunComparison comparison, Path folder)
            throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(run, "run");
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        List<Path> written = new ArrayList<>();
        written.add(written(folder.resolve(ScoresJson.FILE_NAME), f -> scores.write(assessment, run, comparison, f)));
        boolean large = LargeRun.isLarge(assessment);
        written.add(written(folder.resolve(SummaryWorkbook.FILE_NAME), f -> {
            if (large) {
                largeWorkbook.write(assessment, run, f);
            } else {
                workbook.write(assessment, run, comparison, f);
            }
        }));
        written.add(written(folder.resolve(SummaryMarkdown.FILE_NAME), f -> markdown.write(assessment, run, comparison, f)));
        written.add(written(folder.resolve(HtmlReport.FILE_NAME), f -> {
            if (large) {
                largeHtml.write(assessment, run, f);
            } else {
                html.write(assessment, run, comparison, f);
            }
        }));

        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : written) {
            hashes.put(file.getFileName().toString(), sha256(file));
        }
        written.add(written(folder.resolve(ManifestJson.FILE_NAME), f -> manifest.write(run, hashes, f)));
        return List.copyOf(written);
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

    // Report files are small (kilobytes to a few megabytes); reading them whole is fine.
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
