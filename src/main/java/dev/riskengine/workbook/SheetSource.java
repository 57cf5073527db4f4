package dev.riskengine.workbook;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;

/** One sheet, walked once from top to bottom: only rows present in the file, in order. */
interface SheetSource {

    String name();

    void rows(Consumer<SheetRow> each);

    /**
     * The merged cell ranges of the sheet, complete once {@link #rows} has walked it: a streamed
     * sheet lists them after its cells.
     */
    List<CellRangeAddress> mergedRegions();
}
