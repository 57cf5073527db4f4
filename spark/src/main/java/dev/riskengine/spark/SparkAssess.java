package dev.riskengine.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import dev.riskengine.cli.RiskCommand;

/**
 * The spark-submit main class: {@code risk assess} with the rules evaluated on Spark. It takes
 * assess's options ({@code --input}, {@code --rules}, {@code --reports}, {@code --draws}, ...),
 * gives the same reports and exit codes, and writes the run folder on the driver through the same
 * store (lock, temporary folder, atomic rename), with scores.parquet beside the other reports.
 * Without a master from spark-submit it runs in local mode on every core.
 */
public final class SparkAssess {
    private SparkAssess() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Assesses on a Spark context of its own, stopped before the exit status is returned. */
    static int run(String... args) {
        SparkConf conf = new SparkConf().setAppName("country-risk-assess")
                .setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        JavaSparkContext spark = new JavaSparkContext(conf);
        try {
            // Spark's INFO lines would bury the run's own console text.
            spark.setLogLevel("WARN");
            return assess(spark, args);
        } finally {
            spark.stop();
        }
    }

    /** {@code risk assess ARGS} with the units spread over this context's executors. */
    static int assess(JavaSparkContext spark, String... args) {
        List<String> command = new ArrayList<>(List.of("assess"));
        command.addAll(List.of(args));
        return RiskCommand.commandLine(new SparkEngine(spark), List.of(new ScoresParquet(), new ContributionsParquet()))
                .execute(command.toArray(String[]::new));
    }
}
