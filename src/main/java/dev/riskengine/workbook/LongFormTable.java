package dev.riskengine.workbook;

import java.util.List;

/**
 * One table of a long-form input ({@link LongFormReader}) as its rows: a CSV file ({@link CsvTable})
 * or, in the Spark job, a Parquet table. The reader validates every value the way it validates a
 * workbook's cells, whichever file the table comes from.
 */
public interface LongFormTable {

    /** The name a problem's place starts with: the file's name, such as {@code indicators.csv}. */
    String name();

    /**
     * Hands over the header, then every row in order. Each row comes with its place: the file it
     * is in (the table's name; a part file of a Parquet dataset, {@code indicators.parquet/part-00000.parquet})
     * and its number there ({@code indicators.csv:17}: a CSV's line, counting the header's; a
     * Parquet row's number, from 1 after the header's 0); and its values, each null (nothing), a
     * String (read as a cell typed as text is) or a Number.
     */
    void rows(Row each) throws UnreadableTableException;

    /** What receives each row. */
    @FunctionalInterface
    interface Row {
        void accept(String file, int number, List<?> values);
    }
}
