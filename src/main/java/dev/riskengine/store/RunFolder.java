package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's reports are written into a hidden temporary folder inside the reports directory and
 * renamed to {@code <UTC timestamp>} only when complete: a rename within one directory is atomic,
 * so a reader (or a crash) never sees a half-written run under a final name.
 */
public final class RunFolder {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    public static final String INCOMPLETE_PREFIX = ".incomplete-";

    private final Path temporary;
    private final Path target;

    private RunFolder(Path temporary, Path target) {
        this.temporary = temporary;
        this.target = target;
    }

    /**
     * Reserves the run's name: {@code .incomplete-<id>} is created atomically, so two runs started
     * in the same millisecond get different ids ({@code <id>-1}, ...) before writing anything.
     */
    public static RunFolder create(Path reportsDir, Instant startedAt) throws ReportWriteException {
        String base = RUN_ID.format(startedAt);
        try {
            Files.createDirectories(reportsDir);
            for (int attempt = 0; ; attempt++) {
                String id = attempt == 0 ? base : base + "-" + attempt;
                Path target = reportsDir.resolve(id);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    return new RunFolder(Files.createDirectory(reportsDir.resolve(INCOMPLETE_PREFIX + id)), target);
                } catch (FileAlreadyExistsException taken) {
                    // another run reserved this id a moment ago: try the next one
                }
            }
        } catch (IOException e) {
            throw new ReportWriteException(reportsDir, reason(e), e);
        }
    }

    public String runId() {
        return target.getFileName().toString();
    }

    public Path temporary() {
        return temporary;
    }

    /** Moves the complete run to its final name in one atomic rename. */
    public Path publish() throws ReportWriteException {
        try {
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReportWriteException(target, reason(e), e);
        }
    }

    /** Removes the temporary folder after a failure; the reports directory is left as it was. */
    public void discard() {
        try (Stream<Path> walk = Files.walk(temporary)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // nothing more to do: a leftover hidden .incomplete folder never looks like a run
        }
    }

    /** One short reason for a file system failure, as every located message of a run says it. */
    public static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e.getMessage() != null && e.getMessage().contains("No space left")) {
            return "no space left on device";
        }
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
