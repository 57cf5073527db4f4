package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;

/** One indicator column of the Indicators sheet with the Dictionary definition that governs it. */
record IndicatorColumn(int index, IndicatorDefinition definition) {

    String code() {
        return definition.code();
    }
}
