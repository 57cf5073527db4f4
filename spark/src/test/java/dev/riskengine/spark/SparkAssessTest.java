package dev.riskengine.spark;

import static dev.riskengine.spark.SparkTestKit.RULES;
import static dev.riskengine.spark.SparkTestKit.SAMPLE;
import static dev.riskengine.spark.SparkTestKit.localSpark;
import static dev.riskengine.spark.SparkTestKit.shippedRulesWithAFailingRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.cli.RiskCommand;

/**
 * Issue 16: the spark-submit main class is {@code risk assess} on Spark (local[2], one context for
 * the class): the same scores.json as the local engine apart from the run's metadata, and a rule
 * error on an executor is the same exit 2 and one located line.
 */
class SparkAssessTest {
    private static JavaSparkContext spark;

    @TempDir Path temp;

    @BeforeAll
    static void startSpark() {
        spark = localSpark("assess");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void assessOnSparkWritesTheLocalEnginesScoresJsonApartFromRunMetadata() throws Exception {
        Path localReports = temp.resolve("local");
        Path sparkReports = temp.resolve("spark");
        int localExit = RiskCommand.commandLine().execute("assess", "--input", SAMPLE.toString(),
                "--rules", RULES.toString(), "--reports", localReports.toString(), "--no-cache");
        int sparkExit = SparkAssess.assess(spark, "--input", SAMPLE.toString(),
                "--rules", RULES.toString(), "--reports", sparkReports.toString(), "--no-cache");

        assertThat(sparkExit).isZero().isEqualTo(localExit);
        ObjectNode onSpark = scoresWithoutRun(sparkReports);
        assertThat(onSpark.get("countries")).isNotEmpty();
        assertThat(onSpark).isEqualTo(scoresWithoutRun(localReports));
    }

    @Test
    void scoresParquetReadBackWithSparkHoldsScoresJsonsScoresBandsDimensionsAndDrawSummaries() throws Exception {
        Path reports = temp.resolve("parquet");
        int exit = SparkAssess.assess(spark, "--input", SAMPLE.toString(), "--rules", RULES.toString(),
                "--reports", reports.toString(), "--no-cache", "--draws", "40", "--seed", "7");
        assertThat(exit).isZero();
        Path run = scoresJson(reports).getParent();
        JsonNode json = new ObjectMapper().readTree(run.resolve("scores.json").toFile());

        List<Row> rows = SparkSession.builder().sparkContext(spark.sc()).getOrCreate()
                .read().parquet(run.resolve("scores.parquet").toString()).collectAsList();

        assertThat(rows).hasSize(json.get("countries").size()).hasSize(11);
        Map<String, Row> byIso3 = new HashMap<>();
        rows.forEach(row -> byIso3.put(row.getAs("iso3"), row));
        for (JsonNode unit : json.get("countries")) {
            Row row = byIso3.get(unit.get("iso3").asText());
            String iso3 = unit.get("iso3").asText();
            assertThat((String) row.getAs("name")).as(iso3).isEqualTo(unit.get("name").asText());
            assertThat((Integer) row.getAs("year")).as(iso3).isEqualTo(json.get("year").asInt());
            assertThat((Integer) row.getAs("rank")).as(iso3).isEqualTo(unit.get("rank").asInt());
            assertThat((Double) row.getAs("score")).as(iso3).isEqualTo(unit.get("score").asDouble());
            assertThat((String) row.getAs("band")).as(iso3).isEqualTo(unit.get("band").asText());
            assertThat((Double) row.getAs("score_low")).as(iso3).isEqualTo(unit.get("scoreLow").asDouble());
            assertThat((Double) row.getAs("vulnerability")).as(iso3)
                    .isEqualTo(unit.get("dimensions").get("VULNERABILITY").asDouble());
            JsonNode simulation = unit.get("simulation");
            assertThat((Double) row.getAs("p10")).as(iso3).isEqualTo(simulation.get("p10").asDouble());
            assertThat((Double) row.getAs("p90")).as(iso3).isEqualTo(simulation.get("p90").asDouble());
            scala.collection.Map<String, Double> shares = row.getAs("band_probabilities");
            simulation.get("bandProbabilities").fields().forEachRemaining(share ->
                    assertThat(shares.get(share.getKey()).get()).as(iso3 + " " + share.getKey())
                            .isEqualTo(share.getValue().asDouble()));
        }
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"scores.parquet\"");
    }

    @Test
    void contributionsParquetReadBackWithSparkHoldsEveryListedUnitsContributionsAsScoresJsonGivesThem() throws Exception {
        Path reports = temp.resolve("contributions");
        assertThat(SparkAssess.assess(spark, "--input", SAMPLE.toString(), "--rules", RULES.toString(),
                "--reports", reports.toString(), "--no-cache")).isZero();
        Path run = scoresJson(reports).getParent();
        JsonNode json = new ObjectMapper().readTree(run.resolve("scores.json").toFile());

        List<Row> rows = SparkSession.builder().sparkContext(spark.sc()).getOrCreate()
                .read().parquet(run.resolve("contributions.parquet").toString()).collectAsList();

        List<String> expected = new java.util.ArrayList<>();
        for (JsonNode unit : json.get("countries")) {
            for (JsonNode c : unit.get("contributions")) {
                List<String> cells = new java.util.ArrayList<>();
                c.get("cells").forEach(cell -> cells.add(cell.asText()));
                expected.add(unit.get("iso3").asText() + " " + unit.get("rank").asInt() + " " + c.get("rule").asText()
                        + " " + c.get("file").asText() + " " + c.get("dimension").asText() + " "
                        + c.get("points").asDouble() + " " + c.get("reason").asText() + " " + cells);
            }
        }
        List<String> read = rows.stream().map(row -> row.getAs("iso3") + " " + row.getAs("rank") + " "
                + row.getAs("rule") + " " + row.getAs("file") + " " + row.getAs("dimension") + " "
                + row.getAs("points") + " " + row.getAs("reason") + " " + row.getList(row.fieldIndex("cells")))
                .toList();
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat((Integer) rows.get(0).getAs("year")).isEqualTo(json.get("year").asInt());
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"contributions.parquet\"");
    }

    @Test
    void ruleErrorOnAnExecutorGivesExitTwoAndOneLocatedLine() throws Exception {
        Path rules = shippedRulesWithAFailingRule(temp);
        StringWriter err = new StringWriter();
        Path reports = temp.resolve("reports");

        int exit = RiskCommand.commandLine(new SparkEngine(spark)).setErr(new PrintWriter(err))
                .execute("assess", "--input", SAMPLE.toString(), "--rules", rules.toString(),
                        "--reports", reports.toString(), "--no-cache");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .contains("codes.drl:4: rule \"Codes with a long suffix\"")
                .doesNotContain("org.apache.spark");
        assertThat(reports.toFile().list()).satisfiesAnyOf(
                names -> assertThat(names).isNull(),
                names -> assertThat(names).noneMatch(name -> name.matches("\\d{4}.*")));
    }

    private static Path scoresJson(Path reports) throws Exception {
        try (Stream<Path> found = Files.walk(reports)) {
            return found.filter(file -> file.getFileName().toString().equals("scores.json")).findFirst().orElseThrow();
        }
    }

    private static ObjectNode scoresWithoutRun(Path reports) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(scoresJson(reports).toFile());
        root.remove("run");
        return root;
    }
}
