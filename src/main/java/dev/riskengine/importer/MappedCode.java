package dev.riskengine.importer;

import dev.riskengine.model.IndicatorDefinition;
import java.util.Optional;

/**
 * An indicator code a source fills, and where the analyst wrote it, e.g.
 * {@code budgets.yaml:9: indicators[1].code}, so a problem with the code can name its line; with the
 * Dictionary row the source gives a code new to the workbook, when it gives one.
 */
public record MappedCode(String code, String where, Optional<IndicatorDefinition> definition) {
    public MappedCode(String code, String where) {
        this(code, where, Optional.empty());
    }
}
