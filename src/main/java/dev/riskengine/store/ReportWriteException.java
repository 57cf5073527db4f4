package dev.riskengine.store;

import java.nio.file.Path;

/** Reports could not be written (no space, no permission...); {@code path} is where it failed. */
public final class ReportWriteException extends Exception {
    private final Path path;

    public ReportWriteException(Path path, String reason, Throwable cause) {
        super("cannot write reports to " + path + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
