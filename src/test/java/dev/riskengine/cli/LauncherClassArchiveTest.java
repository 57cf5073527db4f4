package dev.riskengine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class archive {@code ./risk} maps (class-data sharing, see docs/commands.md): which archive a
 * command gets, asked of the launcher's own {@code cds_archive} function run by bash against a
 * stand-in jar. A stale archive must never be named: one per command, named after the jar it was
 * made from, none when sharing is turned off.
 */
class LauncherClassArchiveTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir Path temp;

    @Test
    void eachCommandGetsItsOwnClassArchiveBesideTheJar() throws Exception {
        Path jar = jar("one build");

        assertThat(archive(jar, Map.of(), "assess", "--input", "inputs/indicators.xlsx"))
                .matches(temp.resolve("cds") + "/assess-[0-9]+\\.jsa");
        assertThat(archive(jar, Map.of(), "rules", "check")).matches(".*/rules-check-[0-9]+\\.jsa");
        assertThat(archive(jar, Map.of(), "import", "sipri", "--from", "x.csv")).matches(".*/import-sipri-[0-9]+\\.jsa");
        assertThat(archive(jar, Map.of(), "watch", "--write-reports")).matches(".*/watch-[0-9]+\\.jsa");
    }

    @Test
    void aRebuiltJarIsNeverGivenTheArchiveOfTheOldOne() throws Exception {
        Path jar = jar("one build");
        String before = archive(jar, Map.of(), "assess");

        Files.writeString(jar, "another build, of another size");

        assertThat(archive(jar, Map.of(), "assess")).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void noArchiveWithoutACommandOrWhenSharingIsTurnedOffOrSetByRiskJavaOpts() throws Exception {
        Path jar = jar("one build");

        assertThat(archive(jar, Map.of(), "--version")).isEmpty();
        assertThat(archive(jar, Map.of("RISK_CDS", "off"), "assess")).isEmpty();
        assertThat(archive(jar, Map.of("RISK_JAVA_OPTS", "-Xmx3g -Xshare:off"), "assess")).isEmpty();
        assertThat(archive(jar, Map.of("RISK_JAVA_OPTS", "-XX:SharedArchiveFile=mine.jsa"), "assess")).isEmpty();
    }

    private Path jar(String content) throws IOException {
        Path jar = temp.resolve("country-risk-engine.jar");
        Files.writeString(jar, content);
        return jar;
    }

    /** What the launcher's cds_archive prints for these arguments. */
    private String archive(Path jar, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return LauncherFunction.printed("cds_archive", "jar='" + jar + "'\ncds_folder='" + temp.resolve("cds") + "'",
                environment, PROJECT, arguments);
    }
}
