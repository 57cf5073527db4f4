package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicator definitions read from the Dictionary sheet, looked up by an Indicators header. */
final class Dictionary {
    private final Map<NameKey, IndicatorDefinition> byCode = new LinkedHashMap<>();
    private final Map<String, CellLocation> codeCells = new LinkedHashMap<>();
    private final String reference;

    /** @param reference the sheet or table the definitions come from, as messages name it ({@link SheetSource#reference}) */
    Dictionary(String reference) {
        this.reference = reference;
    }

    /** Where the codes are defined, as a message names it: "the Dictionary sheet" or "dictionary.csv". */
    String reference() {
        return reference;
    }

    void add(IndicatorDefinition definition, CellLocation codeCell) {
        byCode.put(NameKey.of(definition.code()), definition);
        codeCells.put(definition.code(), codeCell);
    }

    /** Indicators headers match codes the way all headers match: ignoring case and spaces. */
    Optional<IndicatorDefinition> byHeader(String header) {
        return Optional.ofNullable(byCode.get(NameKey.of(header)));
    }

    boolean defines(String code) {
        return codeCells.containsKey(code);
    }

    CellLocation codeCell(String code) {
        return codeCells.get(code);
    }

    List<IndicatorDefinition> definitions() {
        return List.copyOf(byCode.values());
    }
}
