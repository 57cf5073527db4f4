package dev.riskengine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The run folders under their final names in a reports directory, oldest first (names sort by time). */
public final class PublishedRuns {
    private static final Pattern RUN_NAME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z(-\\d+)?");

    private PublishedRuns() { }

    public static List<Path> list(Path reportsDir) throws IOException {
        if (!Files.isDirectory(reportsDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(reportsDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> RUN_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> compareNames(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        }
    }

    public static Optional<Path> newest(Path reportsDir) throws IOException {
        List<Path> runs = list(reportsDir);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    // "…123Z" before "…123Z-1" before "…123Z-10": the suffix counts runs within one millisecond.
    private static int compareNames(String a, String b) {
        String timeA = a.substring(0, 24);
        String timeB = b.substring(0, 24);
        int byTime = timeA.compareTo(timeB);
        if (byTime != 0) {
            return byTime;
        }
        return Integer.compare(suffix(a), suffix(b));
    }

    private static int suffix(String name) {
        return name.length() > 25 ? Integer.parseInt(name.substring(25)) : 0;
    }
}
