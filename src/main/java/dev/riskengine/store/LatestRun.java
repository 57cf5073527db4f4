package dev.riskengine.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code reports/latest}: a symbolic link to the newest complete run folder, replaced in one
 * rename so it never dangles or disappears. Where the file system or the OS refuses symbolic
 * links (Windows without the privilege, some network shares), {@code reports/latest.txt} holds
 * the run folder's name instead.
 */
public final class LatestRun {
    public static final String LINK_NAME = "latest";
    public static final String TEXT_NAME = "latest.txt";

    private LatestRun() { }

    public static void pointTo(Path reportsDir, String runId) throws IOException {
        Path link = reportsDir.resolve(LINK_NAME);
        Path temporary = AtomicFile.temporaryFor(link);
        try {
            Files.createSymbolicLink(temporary, Path.of(runId)); // relative: the folder can be moved whole
            Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(reportsDir.resolve(TEXT_NAME));
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.deleteIfExists(temporary);
            AtomicFile.replace(reportsDir.resolve(TEXT_NAME),
                    file -> Files.writeString(file, runId + "\n", StandardCharsets.UTF_8));
        }
    }
}
