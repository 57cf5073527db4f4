package dev.riskengine.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Reads a published source into figures, keeping only the years asked for. */
public interface SourceReader {
    /** The indicator codes the source fills and where each is named, checked against the workbook before reading. */
    List<MappedCode> codes();

    SourceTable read(Path file, Predicate<Integer> years) throws ImportException;
}
