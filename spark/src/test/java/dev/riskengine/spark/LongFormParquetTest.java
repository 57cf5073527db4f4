package dev.riskengine.spark;

import static dev.riskengine.spark.SparkTestKit.RULES;
import static dev.riskengine.spark.SparkTestKit.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.cli.RiskCommand;

/**
 * Issue 16: the long form in Parquet, as Spark users keep it, is read by the job (local[2], one
 * session for the class) through the engine's validation: the sample as typed Parquet tables
 * assesses to the workbook's scores, and a bad value is one line placed at its part file and row.
 */
class LongFormParquetTest {
    private static SparkSession spark;

    @TempDir Path temp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("long-form-parquet")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sampleAsParquetTablesAssessesOnSparkToTheWorkbooksScores() throws Exception {
        Path parquet = sampleAsParquet();
        Path wideReports = temp.resolve("wide");
        Path longReports = temp.resolve("long");

        int wideExit = RiskCommand.commandLine().execute("assess", "--input", SAMPLE.toString(), "--rules",
                RULES.toString(), "--reports", wideReports.toString(), "--no-cache");
        int longExit = SparkAssess.assess(JavaSparkContext.fromSparkContext(spark.sparkContext()), "--input",
                parquet.toString(), "--rules", RULES.toString(), "--reports", longReports.toString(), "--no-cache");

        assertThat(longExit).isZero().isEqualTo(wideExit);
        JsonNode longForm = scores(longReports);
        assertThat(longForm.at("/countries/0/indicators/0/cell").asText())
                .matches("indicators\\.parquet/part-[^:]+\\.parquet:\\d+ \\(column value\\)");
        assertThat(withoutPlaces(longForm).toPrettyString()).isEqualTo(withoutPlaces(scores(wideReports)).toPrettyString());
    }

    @Test
    void parquetValueThatIsNoFiniteNumberIsOneLineAtItsPartFileAndRow() throws Exception {
        Path parquet = sampleAsParquet();
        StructType schema = new StructType().add("iso3", DataTypes.StringType).add("year", DataTypes.IntegerType)
                .add("code", DataTypes.StringType).add("value", DataTypes.DoubleType)
                .add("low", DataTypes.DoubleType).add("high", DataTypes.DoubleType);
        spark.createDataFrame(List.of(
                        RowFactory.create("MAR", 2016, "terrorist_attacks", 3.0, null, null),
                        RowFactory.create("TUN", 2016, "terrorist_attacks", Double.NaN, null, null),
                        RowFactory.create("TUN", 2016, "political_stability", -1.2, -0.8, -1.5)), schema)
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(parquet.resolve("indicators.parquet").toString());
        StringWriter err = new StringWriter();

        int exit = RiskCommand.commandLine(new SparkEngine(JavaSparkContext.fromSparkContext(spark.sparkContext())))
                .setErr(new PrintWriter(err)).execute("assess", "--input", parquet.toString(), "--rules",
                        RULES.toString(), "--reports", temp.resolve("reports").toString(), "--no-cache");

        assertThat(exit).isEqualTo(1);
        List<String> lines = err.toString().strip().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("parquet: indicators\\.parquet/part-[^:]+\\.parquet:2 \\(column value\\): "
                + "found \"NaN\" \\(not a finite number\\), expected a number .*");
        assertThat(lines.get(1)).matches("parquet: indicators\\.parquet/part-[^:]+\\.parquet:3 \\(column low\\): "
                + "found \"-0\\.8\", a low end above the value -1\\.2, expected low at most value, value at most high");
        assertThat(lines.get(2)).isEqualTo("2 problems in the folder: nothing assessed.");
        assertThat(temp.resolve("reports")).satisfiesAnyOf(r -> assertThat(r).doesNotExist(),
                r -> assertThat(r.toFile().list()).noneMatch(name -> name.matches("\\d{4}.*")));
    }

    /** The sample exported as CSV by the engine, then each table written as typed Parquet by Spark. */
    private Path sampleAsParquet() {
        Path csv = temp.resolve("csv");
        assertThat(RiskCommand.commandLine().execute("export", "--long-form", "--input", SAMPLE.toString(),
                "--out", csv.toString())).isZero();
        Path parquet = temp.resolve("parquet");
        for (String table : List.of("countries", "indicators", "borders", "dictionary", "sources")) {
            spark.read().option("header", "true").option("inferSchema", "true").option("escape", "\"")
                    .option("multiLine", "true").csv(csv.resolve(table + ".csv").toString())
                    .coalesce(1).write().parquet(parquet.resolve(table + ".parquet").toString());
        }
        return parquet;
    }

    private static JsonNode scores(Path reports) throws Exception {
        try (Stream<Path> found = Files.walk(reports)) {
            Path scores = found.filter(file -> file.getFileName().toString().equals("scores.json")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(scores.toFile());
        }
    }

    /** As LongFormAssessTest in the engine: without the run and each place a value was read from or names. */
    private static JsonNode withoutPlaces(JsonNode scores) {
        ObjectNode copy = scores.deepCopy();
        copy.remove(List.of("run", "comparison"));
        strip(copy);
        List<String> issues = new ArrayList<>();
        // a folder's messages name its tables where a workbook's name the Countries sheet
        copy.withArray("dataIssues").forEach(issue -> issues.add(issue.toString()
                .replaceAll("not on countries\\.(csv|parquet)", "not on the Countries sheet")));
        issues.sort(null);
        ArrayNode sorted = copy.putArray("dataIssues");
        issues.forEach(sorted::add);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("cell", "cells", "address"));
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                strip(fields.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(LongFormParquetTest::strip);
        }
    }
}
