package dev.riskengine.spark;

import java.nio.file.Path;

import dev.riskengine.workbook.LongFormFormat;
import dev.riskengine.workbook.LongFormTable;

/**
 * Parquet as a kind of long-form table, registered with the engine (META-INF/services) so that
 * {@code --input FOLDER} of the Spark job reads {@code indicators.parquet} and the others, a file
 * or a dataset folder as Spark writes it, through the engine's validation.
 */
public final class ParquetFormat implements LongFormFormat {
    @Override
    public String extension() {
        return ".parquet";
    }

    @Override
    public LongFormTable table(Path file) {
        return new ParquetTable(file);
    }
}
