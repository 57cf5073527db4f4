package dev.riskengine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code risk.cmd} cannot run here, so it is held to {@code ./risk} by reading both: the same jar, the
 * same build, the same JVM options, the same exit code for a failed build, and the code passed on.
 */
class WindowsLauncherTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void riskCmdBuildsAndRunsTheSameJarWithTheSameJvmOptionsAsRisk() throws IOException {
        String unix = read("risk");
        String windows = read("risk.cmd");

        assertThat(found(windows, "set \"JAR=%PROJECT_DIR%\\\\(\\S+)\"").replace('\\', '/'))
                .isEqualTo(found(unix, "jar=\"\\$project_dir/(\\S+)\""));
        // the same options, the heap computed by each (HEAP): 1200 MB or half the memory when less
        assertThat(found(windows, "set \"RISK_JAVA_OPTS=([^\"]+)\"").replace("%HEAP_MB%", "HEAP"))
                .isEqualTo(found(unix, "\\$\\{RISK_JAVA_OPTS:-([^}]+)\\}").replace("$(heap_mb)", "HEAP"));
        assertThat(found(windows, "set \"HEAP_MB=(\\d+)\"")).isEqualTo(found(unix, "local mb=(\\d+)"));
        assertThat(windows).contains("if ($half -gt 0 -and $half -lt 1200) { $half } else { 1200 }");
        assertThat(found(windows, "call mvnw\\.cmd ([^\\r\\n]+?) 1>&2"))
                .isEqualTo(found(unix, "&& \\./mvnw ([^>\\n]+?) >&2"));
        assertThat(found(windows, "exit /b (\\d+)")).isEqualTo(found(unix, "exit (\\d+)"));
        assertThat(windows).contains("java %RISK_JAVA_OPTS% -jar \"%JAR%\" %*\r\nexit /b %ERRORLEVEL%");
        // what makes a rebuild: the same inputs as ./risk's, the launcher itself standing for "risk"
        assertThat(windows).contains("'src\\main', 'pom.xml', 'pom-core.xml', 'risk.cmd'");
        assertThat(unix).contains("\"$project_dir/src/main\" \"$project_dir/pom.xml\" \"$project_dir/pom-core.xml\" \"$project_dir/risk\"");
    }

    @Test
    void mavenWrapperHasItsWindowsScriptOfTheSameVersion() throws IOException {
        String unix = read("mvnw");
        String windows = read("mvnw.cmd");

        assertThat(found(windows, "Maven Wrapper startup batch script, version (\\S+)"))
                .isEqualTo(found(unix, "Maven Wrapper startup batch script, version (\\S+)"));
        assertThat(windows).contains("maven-wrapper.properties");
    }

    @Test
    void windowsScriptsKeepTheirCarriageReturns() throws IOException {
        // cmd.exe misreads labels and continued lines in a batch file with bare line feeds
        for (String script : new String[] {"risk.cmd", "mvnw.cmd"}) {
            String text = read(script);
            assertThat(text.replace("\r\n", "")).as(script).doesNotContain("\n");
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(PROJECT.resolve(file), StandardCharsets.UTF_8);
    }

    private static String found(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", regex, text).isTrue();
        return matcher.group(1);
    }
}
