package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;
import dev.riskengine.store.FolderRemoval;

/**
 * A temporary folder named after the process that owns it ({@code risk-snapshot-<pid>-<random>}).
 * A run killed with SIGKILL cannot delete its folder; the next one to create a folder of the same
 * kind deletes those whose process is gone, so copies of workbooks do not pile up in the system's
 * temporary folder. A folder of a process still alive (a concurrent run) is left alone.
 */
final class ProcessTempFolder {
    private ProcessTempFolder() { }

    /** A new folder in the system's temporary folder, after removing the leftovers of dead processes. */
    static Path create(String prefix) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    static Path create(Path parent, String prefix) throws IOException {
        removeLeftovers(parent, prefix);
        return Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "-");
    }

    private static void removeLeftovers(Path parent, String prefix) {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                OptionalLong owner = name.startsWith(prefix) ? owner(name.substring(prefix.length())) : OptionalLong.empty();
                if (owner.isPresent() && ProcessHandle.of(owner.getAsLong()).isEmpty()
                        && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    FolderRemoval.deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after another process is a courtesy: it must never stop this run.
        }
    }

    /** The process id that starts the rest of the name ({@code 4711-123456}), if it does. */
    private static OptionalLong owner(String rest) {
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? OptionalLong.of(Long.parseLong(rest.substring(0, dash))) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
