package dev.riskengine.spark;

import static dev.riskengine.spark.SparkTestKit.RULES;
import static dev.riskengine.spark.SparkTestKit.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.cli.RiskCommand;

/**
 * Issue 16: {@code ./risk assess --engine spark} through the real launcher, as a user starts it: the
 * Spark job in its own JVM with Spark's jars and flags beside the job jar. It runs after the job
 * jar is packaged (the integration-test phase of spark/pom.xml runs the tests tagged launcher), so the launcher finds it built
 * and does not start a build of its own inside this one.
 */
@Tag("launcher")
class RiskLauncherOnSparkTest {

    @TempDir Path temp;

    @Test
    void riskAssessEngineSparkGivesTheLocalEnginesScoresJsonAndScoresParquetWithNothingOfSparkOnTheConsole()
            throws Exception {
        Path localReports = temp.resolve("local");
        assertThat(RiskCommand.commandLine().execute("assess", "--input", SAMPLE.toString(), "--rules",
                RULES.toString(), "--reports", localReports.toString(), "--no-cache")).isZero();
        Path sparkReports = temp.resolve("spark");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");

        Process launcher = new ProcessBuilder("./risk", "assess", "--engine", "spark", "--input", SAMPLE.toString(),
                "--rules", RULES.toString(), "--reports", sparkReports.toString(), "--no-cache")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(launcher.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();

        assertThat(launcher.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).contains("Assessed 11 countries for 2016");
        assertThat(Files.readString(err)).as("stderr").doesNotContain("WARN", "INFO", "Exception", "SLF4J");
        Path run = onlyRun(sparkReports);
        assertThat(scoresWithoutRun(run)).isEqualTo(scoresWithoutRun(onlyRun(localReports)));
        assertThat(run.resolve(ScoresParquet.FILE_NAME)).isRegularFile();
    }

    private static Path onlyRun(Path reports) throws Exception {
        try (Stream<Path> runs = Files.list(reports)) {
            List<Path> folders = runs.filter(Files::isDirectory).toList();
            assertThat(folders).as("run folders in " + reports).hasSize(1);
            return folders.get(0);
        }
    }

    private static ObjectNode scoresWithoutRun(Path run) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(run.resolve("scores.json").toFile());
        root.remove("run");
        return root;
    }

}
