package dev.riskengine.workbook;

import java.nio.file.Path;

/**
 * A kind of file a long-form table may come in besides CSV, found with {@link java.util.ServiceLoader}:
 * the Spark job registers Parquet, which the engine alone does not read. A folder's tables are
 * then read from such files through the same validation as CSV tables.
 */
public interface LongFormFormat {

    /** How the table's file (or a dataset's folder, as Spark writes it) ends: {@code .parquet}. */
    String extension();

    /** The table in this file or dataset folder. */
    LongFormTable table(Path file);
}
