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
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static ObjectNode scoresWithoutRun(Path reports) throws Exception {
        Path scores;
        try (Stream<Path> found = Files.walk(reports)) {
            scores = found.filter(file -> file.getFileName().toString().equals("scores.json")).findFirst().orElseThrow();
        }
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(scores.toFile());
        root.remove("run");
        return root;
    }
}
