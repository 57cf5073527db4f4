package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One function of the {@code ./risk} launcher, cut out of the script and run by bash with the
 * given arguments, so a test asks the launcher's own code rather than a copy of its logic.
 */
final class LauncherFunction {
    private static final Path LAUNCHER = Path.of("risk").toAbsolutePath();

    private LauncherFunction() {
    }

    /**
     * What the function prints (it must exit 0).
     *
     * @param prelude shell lines run before the function (variables it reads)
     */
    static String printed(String name, String prelude, Map<String, String> environment, Path workingDirectory,
                          String... arguments) throws IOException, InterruptedException {
        String launcher = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("(?ms)^(" + Pattern.quote(name) + "\\(\\) \\{.*?^\\})$").matcher(launcher);
        assertThat(matcher.find()).as("%s() in the launcher", name).isTrue();
        String script = "set -euo pipefail\n" + prelude + "\n" + matcher.group(1) + "\n" + name + " \"$@\"\n";
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "risk"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workingDirectory.toFile());
        builder.environment().remove("RISK_CDS");
        builder.environment().remove("RISK_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(printed).isZero();
        return printed;
    }
}
