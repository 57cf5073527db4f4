package dev.riskengine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;
import dev.riskengine.store.RunFolder;

/** {@code reports/schedule.log}: one line per scheduled run, appended, also echoed to the console. */
public final class ScheduleLog {
    public static final String FILE_NAME = "schedule.log";

    private final Path file;
    private final Consumer<String> echo;

    public ScheduleLog(Path reportsDir, Consumer<String> echo) {
        this.file = reportsDir.resolve(FILE_NAME);
        this.echo = echo;
    }

    void record(Instant at, String outcome) {
        String line = at + " " + outcome.replace('\n', ' ').replace('\r', ' ');
        echo.accept(line);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            echo.accept(at + " cannot append to " + file + ": " + RunFolder.reason(e));
        }
    }

    public Path file() {
        return file;
    }
}
