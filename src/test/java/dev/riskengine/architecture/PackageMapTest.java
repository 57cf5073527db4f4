package dev.riskengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
                Matcher use = USE.matcher(Files.readString(file));
                Set<String> used = new TreeSet<>();
                while (use.find()) {
                    used.add(use.group(1));
                }
                used.remove(own);
                used.removeAll(map.getOrDefault(own, Set.of()));
                used.forEach(other -> breaches.add(MAIN.relativize(file) + " uses " + other));
            }
        }

        assertThat(breaches).as("imports the map of docs/architecture.md does not allow").isEmpty();
    }

    @Test
    void theMapNamesOnlyPackagesItHas() throws IOException {
        Map<String, Set<String>> map = map();

        map.values().forEach(allowed -> assertThat(map.keySet()).containsAll(allowed));
        assertThat(map.get("model")).as("model is pure").isEmpty();
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
