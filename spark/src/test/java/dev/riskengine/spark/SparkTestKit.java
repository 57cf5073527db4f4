package dev.riskengine.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** What the Spark tests share: one local[2] context per class, the shipped rules and a copy of them. */
final class SparkTestKit {
    static final Path SAMPLE = Path.of("inputs/indicators.xlsx");
    static final Path RULES = Path.of("rules");

    /** A rule that fails on every indicator as it runs (its code is shorter than 40 characters). */
    static final String FAILING_RULE = """
            package rules.custom;
            import dev.riskengine.model.*;

            rule "Codes with a long suffix"
            when
                Indicator( code.substring( 40 ) == "x" )
            then
            end
            """;

    private SparkTestKit() { }

    static JavaSparkContext localSpark(String appName) {
        return new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName(appName)
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "2"));
    }

    /** The shipped rules copied into {@code temp}/rules, with codes.drl holding {@link #FAILING_RULE}. */
    static Path shippedRulesWithAFailingRule(Path temp) throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("codes.drl"), FAILING_RULE);
        return copy;
    }
}
