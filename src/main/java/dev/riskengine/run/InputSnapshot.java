package dev.riskengine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.riskengine.report.FileDigest;
import dev.riskengine.store.FolderRemoval;

/**
 * The bytes a run reads, taken once: the workbook and the rules folder are copied into a private
 * temporary folder, the workbook hashed as it is copied, and the run then parses and compiles only
 * these copies. A file replaced or edited while the run reads it can therefore no longer give
 * scores from one version and a SHA-256 from another, and the run folder keeps exactly these
 * copies. Copying streams, so a workbook of 100,000 units costs disk, not memory.
 *
 * <p>The copies keep the original names (the workbook's file name, the rules folder's name), so
 * every message about them reads as it would about the originals.
 */
public final class InputSnapshot implements AutoCloseable {
    /** The temporary folder's name starts so; a killed run's folder is removed by the next run ({@link ProcessTempFolder}). */
    static final String SNAPSHOT_PREFIX = "risk-snapshot-";
    private final Path root;
    private final Path workbook;
    private final String workbookSha256;
    private final Path rulesDir;

    private InputSnapshot(Path root, Path workbook, String workbookSha256, Path rulesDir) {
        this.root = root;
        this.workbook = workbook;
        this.workbookSha256 = workbookSha256;
        this.rulesDir = rulesDir;
    }

    /**
     * Copies what exists of the workbook and the rules folder: a missing or unreadable workbook or
     * rules folder is not copied and the snapshot points at the original, so the reader and the
     * compiler report it as they always do.
     */
    public static InputSnapshot take(Path input, Path rulesDir) {
        Path root = null;
        try {
            root = ProcessTempFolder.create(SNAPSHOT_PREFIX);
            Path workbook = input;
            String sha256 = null;
            // a folder is the long-form tables (countries.csv, ...): its files are copied and hashed as one input
            if ((Files.isRegularFile(input) || Files.isDirectory(input)) && Files.isReadable(input)) {
                workbook = root.resolve("input").resolve(nameOf(input));
                Files.createDirectories(workbook.getParent());
                sha256 = FileDigest.copy(input, workbook);
            }
            Path rules = rulesDir;
            if (Files.isDirectory(rulesDir)) {
                rules = root.resolve("rules").resolve(nameOf(rulesDir));
                copyRules(rulesDir, rules);
            }
            return new InputSnapshot(root, workbook, sha256, rules);
        } catch (IOException e) {
            if (root != null) {
                deleteQuietly(root);
            }
            throw new UncheckedIOException("cannot copy the run's inputs to a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The copy of the workbook, to be parsed instead of the original. */
    public Path workbook() {
        return workbook;
    }

    /** SHA-256 of the copied workbook's bytes: the bytes parsed, not whatever is at the original path now. */
    public String workbookSha256() {
        return workbookSha256;
    }

    /** The copy of the rules folder (without its tests), to be compiled instead of the original. */
    public Path rulesDir() {
        return rulesDir;
    }

    @Override
    public void close() {
        deleteQuietly(root);
    }

    /**
     * Rule tests are not compiled and can be many; everything else is copied, so the compiler's own
     * choice of files (and of files it ignores) applies to the copy as to the original.
     */
    private static void copyRules(Path from, Path to) throws IOException {
        Path tests = from.resolve("tests");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(tests)).toList();
        }
        Files.createDirectories(to);
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.copy(file, target);
            } catch (java.nio.file.NoSuchFileException gone) {
                // removed between listing and copying (an editor's lock file): the run never saw it
            }
        }
    }

    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "input" : name.toString();
    }

    private static void deleteQuietly(Path root) {
        try {
            FolderRemoval.deleteTree(root);
        } catch (IOException ignored) {
            // a leftover is removed by the next run once this process has ended
        }
    }
}
