package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes folders from the reports directory without ever showing a half-removed run: a run folder
 * is first renamed to a hidden {@code .deleting-} name (atomic), then deleted file by file.
 */
public final class FolderRemoval {
    static final String DELETING_PREFIX = ".deleting-";

    private FolderRemoval() { }

    public static void removeRun(Path runFolder) throws IOException {
        Path hidden = runFolder.resolveSibling(DELETING_PREFIX + runFolder.getFileName());
        Files.move(runFolder, hidden, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(hidden);
    }

    /**
     * Deletes the hidden leftovers of crashed runs ({@code .incomplete-*}, {@code .deleting-*}, {@code .tmp-*}).
     * Only called while holding the lock, so none of them belongs to a run in progress.
     */
    public static int removeLeftovers(Path reportsDir) throws IOException {
        int removed = 0;
        try (Stream<Path> entries = Files.list(reportsDir)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(AtomicFile.TEMPORARY_PREFIX)) { // a history file or link being replaced
                    Files.deleteIfExists(entry);
                    removed++;
                } else if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (name.startsWith(RunFolder.INCOMPLETE_PREFIX) || name.startsWith(DELETING_PREFIX))) {
                    deleteTree(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
