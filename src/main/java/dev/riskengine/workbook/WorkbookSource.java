package dev.riskengine.workbook;

import java.util.List;

/**
 * An opened workbook as the sheet readers use it. Two implementations walk the cells: {@link
 * InMemoryWorkbook} (POI's usermodel, .xlsx and .xls, evaluates formulas saved without a result)
 * and {@link StreamingWorkbook} (POI's XSSF event API, for large .xlsx files in bounded memory).
 */
interface WorkbookSource extends AutoCloseable {

    List<String> sheetNames();

    /** @param name a name exactly as {@link #sheetNames()} lists it */
    SheetSource sheet(String name);

    /**
     * Whether the sheet is hidden in the workbook (hidden or very hidden): its tab is not shown,
     * yet its cells are read like any other's.
     *
     * @param name a name exactly as {@link #sheetNames()} lists it
     */
    boolean hidden(String name);

    @Override
    void close();
}
