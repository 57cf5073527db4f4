package dev.riskengine.workbook;

import java.util.function.Consumer;

/** One sheet, walked once from top to bottom: only rows present in the file, in order. */
interface SheetSource {

    String name();

    void rows(Consumer<SheetRow> each);
}
