package dev.riskengine.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.riskengine.rules.RuleFile;

/**
 * Waits for saved edits to the rules folder (every sub-folder, the cases in tests/ included) and
 * to the input workbook (or every table of a long-form input folder), with the JDK's WatchService.
 * Editors save in bursts (a temporary file, a rename, a second write), so a change is reported
 * only once no further event came for the quiet period. Files no run reads (editor swap files,
 * LibreOffice lock files) are ignored.
 */
public final class FileChangeWatcher implements AutoCloseable {

    /**
     * What a burst of events touched: the files, and whether the rules, only their cases (YAML
     * files under the rules folder, which need no recompiling) or the workbook changed.
     */
    public record Change(Set<Path> files, boolean rules, boolean cases, boolean input) { }

    private final Path rulesDir;
    private final Path input;
    private final Duration quiet;
    private final WatchService service;

    public FileChangeWatcher(Path rulesDir, Path input, Duration quiet) throws IOException {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.input = input.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.rulesDir);
        if (Files.isDirectory(this.input)) {
            // a long-form folder: its tables (and a Parquet dataset's part files in sub-folders) are the input
            registerTree(this.input);
            return;
        }
        Path inputDir = this.input.getParent();
        // a workbook in a folder that does not exist is reported by each pass; only the rules are watched then
        if (inputDir != null && Files.isDirectory(inputDir) && !inputDir.startsWith(this.rulesDir)) {
            inputDir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
    }

    /**
     * Blocks until a burst of relevant events has ended.
     *
     * @throws ClosedWatchServiceException once {@link #close()} was called, which is how watching stops
     */
    public Change awaitChange() throws InterruptedException {
        Set<Path> files = new LinkedHashSet<>();
        boolean[] overflow = {false};
        collect(service.take(), files, overflow);
        while (true) {
            WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (next != null) {
                collect(next, files, overflow);
            } else if (!files.isEmpty() || overflow[0]) {
                boolean rules = overflow[0] || files.stream().anyMatch(f -> f.startsWith(rulesDir) && !isCase(f));
                boolean cases = overflow[0] || files.stream().anyMatch(f -> f.startsWith(rulesDir) && isCase(f));
                boolean workbook = overflow[0] || files.stream().anyMatch(this::isInput);
                return new Change(Set.copyOf(files), rules, cases, workbook);
            } else {
                collect(service.take(), files, overflow); // only irrelevant files so far: keep waiting
            }
        }
    }

    private void collect(WatchKey key, Set<Path> files, boolean[] overflow) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow[0] = true; // events were lost: treat everything as changed
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file) && (file.startsWith(rulesDir) || isInput(file))) {
                registerTree(file);
                files.add(file);
            } else if (relevant(file)) {
                files.add(file);
            }
        }
        key.reset();
    }

    /** The workbook, or a file in the long-form input folder that is not an editor's own. */
    private boolean isInput(Path file) {
        return file.equals(input) || file.startsWith(input) && !editorsOwn(file);
    }

    private static boolean editorsOwn(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~"); // hidden, lock and backup files of editors and office suites
    }

    private boolean relevant(Path file) {
        if (isInput(file)) {
            return true;
        }
        if (!file.startsWith(rulesDir) || editorsOwn(file)) {
            return false;
        }
        return RuleFile.isRuleFile(file.getFileName().toString()) || isCase(file) || Files.isDirectory(file);
    }

    /** A rule test case file: a YAML file, which the rules never read. */
    private static boolean isCase(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (lower.endsWith(".yaml") || lower.endsWith(".yml")) && !Files.isDirectory(file);
    }

    private void registerTree(Path dir) {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
