package dev.riskengine.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import dev.riskengine.workbook.LongFormTable;
import dev.riskengine.workbook.UnreadableTableException;

/**
 * One long-form table in Parquet, read with Spark on the driver (the engine validates the whole
 * input before any unit is assessed, as it does a workbook). A dataset folder is read part file
 * by part file, in name order, each with the dataset's columns, so that a row's place is the part
 * file and its row there ({@code indicators.parquet/part-00000-...parquet:17}) whatever order Spark
 * would give the parts in.
 */
final class ParquetTable implements LongFormTable {
    private final Path file;

    ParquetTable(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void rows(Row each) throws UnreadableTableException {
        SparkSession spark = SparkSession.builder().getOrCreate(); // the job's own session
        Dataset<org.apache.spark.sql.Row> dataset;
        String[] parts;
        try {
            dataset = spark.read().parquet(file.toString());
            parts = dataset.inputFiles();
        } catch (RuntimeException e) {
            throw new UnreadableTableException(name(), "a Parquet table Spark cannot read (" + firstLine(e) + ")");
        }
        StructType schema = dataset.schema();
        each.accept(name(), 0, Arrays.asList(schema.fieldNames()));
        Arrays.sort(parts);
        for (String part : parts) {
            String place = Files.isRegularFile(file) ? name() : name() + "/" + partName(part);
            Iterator<org.apache.spark.sql.Row> rows = read(spark, schema, part, place);
            int number = 0;
            for (org.apache.spark.sql.Row row = next(rows, place); row != null; row = next(rows, place)) {
                List<Object> values = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    values.add(value(row.get(i)));
                }
                each.accept(place, ++number, values);
            }
        }
    }

    private static Iterator<org.apache.spark.sql.Row> read(SparkSession spark, StructType schema, String part, String place)
            throws UnreadableTableException {
        try {
            return spark.read().schema(schema).parquet(part).toLocalIterator();
        } catch (RuntimeException e) {
            throw new UnreadableTableException(place, "a Parquet file Spark cannot read (" + firstLine(e) + ")");
        }
    }

    /** The next row, null after the last; a file damaged midway is said at its place, not as Spark's stack trace. */
    private static org.apache.spark.sql.Row next(Iterator<org.apache.spark.sql.Row> rows, String place)
            throws UnreadableTableException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException e) {
            throw new UnreadableTableException(place, "a Parquet file Spark cannot read (" + firstLine(e) + ")");
        }
    }

    /**
     * A Parquet value as the engine reads it: numbers and text as they are; a timestamp (an
     * import's time in sources, typed so by Spark's schema inference) as the ISO 8601 instant a
     * workbook holds, not Java's local rendering of it.
     */
    private static Object value(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.toString();
        }
        return value instanceof java.sql.Date date ? date.toLocalDate().toString() : value;
    }

    private static String partName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").trim();
    }
}
