package dev.riskengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package map of docs/architecture.md holds: every package is on it, and no source file uses
 * a package of the engine its row does not allow (by import or by a name written in full). A
 * sub-package (report.html) is a package of its own: it has its own row, and neither it nor its
 * parent may use the other unless its row says so.
 */
class PackageMapTest {
    private static final Path MAIN = Path.of("src/main/java/dev/riskengine");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][\\w.]*)` \\|[^|]*\\|([^|]*)\\|\\s*$");
    /** The package of a name: its parts up to the first that starts in upper case (the class). */
    private static final Pattern USE = Pattern.compile("\\bdev\\.riskengine\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void everyPackageIsOnTheMap() throws IOException {
        Set<String> packages;
        try (Stream<Path> files = Files.walk(MAIN)) {
            packages = files.filter(f -> f.toString().endsWith(".java")).map(PackageMapTest::packageOf)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(map().keySet()).containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void noSourceFileUsesAPackageItsRowDoesNotAllow() throws IOException {
        Map<String, Set<String>> map = map();
        List<String> breaches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = packageOf(file);
                Set<String> used = usedBy(file);
                used.removeAll(map.getOrDefault(own, Set.of()));
                used.forEach(other -> breaches.add(MAIN.relativize(file) + " uses " + other));
            }
        }

        assertThat(breaches).as("imports the map of docs/architecture.md does not allow").isEmpty();
    }

    /**
     * Layers only go down: no package uses another that uses it back, directly or through others
     * (issue 13: report named its format packages through ReportWriter, and they import report).
     * Checked on the code's own uses and on the map, so that the map cannot allow a cycle either.
     */
    @Test
    void noTwoPackagesImportEachOtherDirectlyOrTransitively() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                uses.computeIfAbsent(packageOf(file), own -> new TreeSet<>()).addAll(usedBy(file));
            }
        }

        assertThat(cycles(uses)).as("packages the code makes use each other").isEmpty();
        assertThat(cycles(map())).as("packages the map of docs/architecture.md lets use each other").isEmpty();
    }

    /** Each package that can reach itself, with the way back ("report -> report.html -> report"). */
    private static List<String> cycles(Map<String, Set<String>> uses) {
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            wayBack(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>())
                    .ifPresent(way -> cycles.add(String.join(" -> ", way)));
        }
        return cycles;
    }

    private static Optional<List<String>> wayBack(String start, String at, Map<String, Set<String>> uses,
                                                           List<String> way, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            way.add(next);
            if (next.equals(start)) {
                return Optional.of(way);
            }
            if (seen.add(next)) {
                Optional<List<String>> found = wayBack(start, next, uses, way, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
            way.remove(way.size() - 1);
        }
        return Optional.empty();
    }

    /** The engine's other packages a source file uses, by import or by a name written in full. */
    private static Set<String> usedBy(Path file) throws IOException {
        Matcher use = USE.matcher(Files.readString(file));
        Set<String> used = new TreeSet<>();
        while (use.find()) {
            used.add(use.group(1));
        }
        used.remove(packageOf(file));
        return used;
    }

    @Test
    void theMapNamesOnlyPackagesItHas() throws IOException {
        Map<String, Set<String>> map = map();

        map.values().forEach(allowed -> assertThat(map.keySet()).containsAll(allowed));
        assertThat(map.get("model")).as("model is pure").isEmpty();
    }

    /**
     * Only report.json knows the JSON of a run: the layers above hand typed past runs around, so
     * a field renamed in scores.json is changed in one package (issue 13: run read it as JsonNode).
     */
    @Test
    void noClassInRunStoreWatchOrCliReadsJsonTrees() throws IOException {
        List<String> breaches = new ArrayList<>();
        for (String layer : List.of("run", "store", "watch", "cli")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("com.fasterxml.jackson")) {
                        breaches.add(MAIN.relativize(file).toString());
                    }
                }
            }
        }

        assertThat(breaches).as("classes that read the run's JSON themselves instead of through report.json").isEmpty();
    }

    /**
     * Each format is owned once: backtest computes its numbers and hands them to report.json and
     * report.html, which write backtest.json and backtest.html with the conventions of every other
     * file (one ObjectMapper and pretty printer, one escaping), instead of a copy of their own.
     */
    @Test
    void backtestFormatsAreOwnedByTheReportPackagesNotByBacktest() throws IOException {
        List<String> breaches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("backtest"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("com.fasterxml.jackson") || source.contains("<table") || source.contains("<html")) {
                    breaches.add(MAIN.relativize(file).toString());
                }
            }
        }

        assertThat(breaches).as("backtest classes writing JSON or HTML themselves").isEmpty();
    }

    /**
     * report.json is the exception: a page may link the JSON files it names (index.html, history.json).
     * report.writer is no format: it writes a run's files through all of them; nor is report.map,
     * the map's shapes that the formats drawing or writing the map share.
     */
    @Test
    void theFormatPackagesOfReportUseNoneOfEachOther() throws IOException {
        Map<String, Set<String>> map = map();
        List<String> formats = map.keySet().stream()
                .filter(name -> name.startsWith("report.") && !name.equals("report.writer") && !name.equals("report.map"))
                .toList();
        List<String> views = formats.stream().filter(name -> !name.equals("report.json")).toList();

        assertThat(views).as("report is split by format").hasSizeGreaterThan(1);
        formats.forEach(format -> assertThat(map.get(format)).as(format).doesNotContainAnyElementsOf(views));
    }

    /** "report.html" for src/main/java/dev/riskengine/report/html/HtmlReport.java. */
    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
    }

    /** Package to the packages it may import, from the table of docs/architecture.md. */
    private static Map<String, Set<String>> map() throws IOException {
        Map<String, Set<String>> map = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> allowed = Arrays.stream(row.group(2).split(","))
                        .map(name -> name.replace("`", "").trim()).filter(name -> !name.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
                map.put(row.group(1), allowed);
            }
        }
        return map;
    }
}
