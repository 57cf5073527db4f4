package dev.riskengine.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.riskengine.sample.FolderCopy;

/**
 * Measures watch mode as a rule author meets it: the time from a saved edit of a rule file to the
 * printed result of the real {@code watch} command, in its own JVM, after warm-up edits. Each edit
 * moves the "long coastline" threshold between 1,000 and 2,000 km, so every pass prints a change.
 * Run from the project folder after {@code ./mvnw -B -q -DskipTests package}:
 * {@code java -cp target/test-classes dev.riskengine.watch.WatchLatency [warm-up edits] [measured edits]}
 */
public final class WatchLatency {
    private static final String LONG_COAST = "code == \"coastline_km\", $v : value >= 1000 )";
    private static final String SHORT_COAST = "code == \"coastline_km\", $v : value > 0, value < 1000 )";
    private static final Pattern PASS_MILLIS = Pattern.compile("\\((\\d+) ms\\)$");
    private static final long BOUND_SECONDS = 120;

    private WatchLatency() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("watch-latency");
        Path rules = work.resolve("rules");
        FolderCopy.copy(Path.of("rules"), rules);
        Path input = work.resolve("indicators.xlsx");
        Files.copy(Path.of("inputs/indicators.xlsx"), input);
        Path exposure = rules.resolve("exposure.drl");
        String original = Files.readString(exposure);
        String raised = original.replace(LONG_COAST, LONG_COAST.replace("1000", "2000"))
                .replace(SHORT_COAST, SHORT_COAST.replace("1000", "2000"));
        if (raised.equals(original)) {
            throw new IllegalStateException("rules/exposure.drl no longer has the coastline thresholds this measurement edits");
        }

        Process watch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/country-risk-engine.jar", "watch", "--rules", rules.toString(), "--input", input.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BlockingQueue<Arrival> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(watch, lines), "watch-output");
        reader.setDaemon(true);
        reader.start();
        try {
            await(lines, " start: ");
            List<Long> latencies = new ArrayList<>();
            List<Long> passes = new ArrayList<>();
            for (int edit = 0; edit < warmUp + measured; edit++) {
                // saved as editors do: a temporary file renamed over the rule file
                Path saving = exposure.resolveSibling(".exposure.drl.saving");
                Files.writeString(saving, edit % 2 == 0 ? raised : original);
                Files.move(saving, exposure, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                long saved = System.nanoTime();
                Arrival heading = await(lines, " exposure.drl changed: ");
                long millis = TimeUnit.NANOSECONDS.toMillis(heading.nanos() - saved);
                Matcher pass = PASS_MILLIS.matcher(heading.line());
                long passMillis = pass.find() ? Long.parseLong(pass.group(1)) : -1;
                System.out.printf(Locale.ROOT, "%s edit %2d: %4d ms from save to printed result (pass itself %d ms)%n",
                        edit < warmUp ? "warm-up " : "measured", edit + 1, millis, passMillis);
                if (edit >= warmUp) {
                    latencies.add(millis);
                    passes.add(passMillis);
                }
                // let the pass finish printing before the next edit, so edits never merge into one burst
                await(lines, "changed.");
            }
            System.out.printf(Locale.ROOT, "median of %d edits: %d ms from save to printed result"
                    + " (the quiet period included), %d ms for the pass; min %d, max %d ms%n",
                    measured, median(latencies), median(passes),
                    latencies.stream().mapToLong(Long::longValue).min().orElse(0),
                    latencies.stream().mapToLong(Long::longValue).max().orElse(0));
        } finally {
            watch.destroy(); // SIGTERM, as Ctrl-C would
            watch.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Arrival(String line, long nanos) { }

    private static void read(Process process, BlockingQueue<Arrival> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(new Arrival(line, System.nanoTime()));
            }
        } catch (IOException e) {
            lines.add(new Arrival("output closed: " + e.getMessage(), System.nanoTime()));
        }
    }

    private static Arrival await(BlockingQueue<Arrival> lines, String marker) throws InterruptedException {
        while (true) {
            Arrival next = lines.poll(BOUND_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                throw new IllegalStateException("watch printed no line with \"" + marker.strip() + "\" in "
                        + BOUND_SECONDS + " s");
            }
            if (next.line().contains(marker)) {
                return next;
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

}
