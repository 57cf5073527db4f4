package dev.riskengine.importer;

import java.nio.file.Path;
import java.util.function.Predicate;

/** Reads a published source into figures, keeping only the years asked for. */
@FunctionalInterface
public interface SourceReader {
    SourceTable read(Path file, Predicate<Integer> years) throws ImportException;
}
