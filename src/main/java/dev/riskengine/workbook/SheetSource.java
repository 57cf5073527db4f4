package dev.riskengine.workbook;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;

/** One sheet, walked once from top to bottom: only rows present in the file, in order. */
interface SheetSource {

    String name();

    /**
     * The sheet as a message about another part names it: "the Countries sheet" in a workbook, the
     * file itself ("countries.csv") in a long-form folder, so the analyst is sent to what they can open.
     */
    default String reference() {
        return "the " + name() + " sheet";
    }

    void rows(Consumer<SheetRow> each);

    /**
     * The merged cell ranges of the sheet, complete once {@link #rows} has walked it: a streamed
     * sheet lists them after its cells.
     */
    List<CellRangeAddress> mergedRegions();
}
