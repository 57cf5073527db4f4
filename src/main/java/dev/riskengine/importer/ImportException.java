package dev.riskengine.importer;

import java.util.List;

/**
 * The import cannot go ahead because of its input (an unreadable source file, a source without
 * the expected sheets, a bad option): nothing was written. One line per problem, each naming the
 * file and the place.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public ImportException(String line) {
        this(List.of(line));
    }

    public ImportException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
