package dev.riskengine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** There is no Docker here to build the image, so the Dockerfile is held to what ./risk does by reading it. */
class ContainerRecipeTest {

    @Test
    void dockerfileBuildsWithTheWrapperOnJdk17AndRunsTheJarAsANonRootUserWithReportsAsAVolume() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String launcher = Files.readString(Path.of("risk"));

        assertThat(lines(dockerfile, "FROM ")).isNotEmpty().allMatch(from -> from.startsWith("FROM eclipse-temurin:17-"));
        assertThat(lines(dockerfile, "RUN ./mvnw ")).anyMatch(run -> run.endsWith(" package"));
        String jarName = found(launcher, "jar=\"\\$project_dir/target/(\\S+)\"");
        assertThat(dockerfile).contains("COPY --from=build /build/target/" + jarName + " ");
        String collector = found(launcher, "\\$\\{RISK_JAVA_OPTS:-(\\S+) -Xmx");
        assertThat(lines(dockerfile, "ENTRYPOINT ")).singleElement().asString()
                .startsWith("ENTRYPOINT [\"java\", \"" + collector + "\", \"-XX:MaxRAMPercentage=50\", \"-jar\", ")
                .endsWith(jarName + "\"]");
        List<String> users = lines(dockerfile, "USER ");
        assertThat(users).singleElement().asString().isNotIn("USER root", "USER 0");
        assertThat(dockerfile.indexOf("USER ")).isLessThan(dockerfile.indexOf("ENTRYPOINT "));
        assertThat(lines(dockerfile, "VOLUME ")).singleElement().asString()
                .contains("\"/engine/reports\"", "\"/engine/inputs\"", "\"/engine/rules\"");
        assertThat(lines(dockerfile, "WORKDIR ")).last().isEqualTo("WORKDIR /engine");
    }

    @Test
    void dockerignoreKeepsBuildOutputAndEarlierRunsOutOfTheImage() throws IOException {
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/", "reports/", ".git/");
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    private static String found(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
