package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file of the reports folder in one rename: the new content is written to a hidden
 * {@code .tmp-} file next to it and moved over the old one, so a reader (or a crash) sees the old
 * file or the new one, never half of one.
 */
public final class AtomicFile {
    static final String TEMPORARY_PREFIX = ".tmp-";

    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() { }

    public static void replace(Path target, Content content) throws IOException {
        Path temporary = temporaryFor(target);
        try {
            content.writeTo(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static Path temporaryFor(Path target) {
        return target.resolveSibling(TEMPORARY_PREFIX + target.getFileName() + "-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
    }
}
