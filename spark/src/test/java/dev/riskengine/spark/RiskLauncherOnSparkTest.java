package dev.riskengine.spark;

import static dev.riskengine.spark.SparkTestKit.RULES;
import static dev.riskengine.spark.SparkTestKit.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riskengine.cli.RiskCommand;
import dev.riskengine.store.PublishedRuns;

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

    @Test
    void failedBuildOfTheSparkJobIsOneLineAndExitSeventyAsForTheEngine() throws Exception {
        // A copy of the launcher beside a build that fails, in a folder without a Spark job built.
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(Path.of("risk"), project.resolve("risk"));
        Files.writeString(project.resolve("mvnw"), "#!/bin/sh\necho 'COMPILATION ERROR' >&2\nexit 1\n");
        project.resolve("risk").toFile().setExecutable(true);
        project.resolve("mvnw").toFile().setExecutable(true);
        Path err = temp.resolve("err.txt");

        Process launcher = new ProcessBuilder("./risk", "assess", "--engine", "spark").directory(project.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(launcher.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(launcher.exitValue()).isEqualTo(70);
        assertThat(Files.readString(err)).endsWith("risk: the Spark job's build failed; run ./mvnw -B verify to see why.\n");
    }

    private static Path onlyRun(Path reports) throws Exception {
        List<Path> runs = PublishedRuns.list(reports);
        assertThat(runs).as("runs in " + reports).hasSize(1);
        return runs.get(0);
    }

    private static ObjectNode scoresWithoutRun(Path run) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(run.resolve("scores.json").toFile());
        root.remove("run");
        return root;
    }

}
