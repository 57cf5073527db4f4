package dev.riskengine.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dev.riskengine.report.FileDigest;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleFile;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.PastScores;
import dev.riskengine.report.json.RunManifest;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.store.UnknownRunException;
import dev.riskengine.store.FolderRemoval;
import dev.riskengine.store.PreviousRun;

/**
 * The copy of what a run read, kept in its run folder: {@code input/<workbook name>} (an .xlsx is
 * already compressed, so it is kept as read) and {@code rules.zip} (the rule files of the rules
 * folder, compressed: no tests, README or editor files). The zip is reproducible: entries in name order, all stamped with the same
 * time, so the same rules give the same bytes and the same SHA-256 in manifest.json.
 */
public final class RunInputs {
    public static final String INPUT_FOLDER = "input";
    public static final String RULES_ZIP = "rules.zip";
    /** Zip's earliest time: the rules' own times would make the same rules zip to different bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private RunInputs() { }

    /**
     * Writes the snapshot's copies into the run's (still temporary) folder.
     *
     * @return each copy's path in the folder to its SHA-256
     */
    static Map<String, String> keep(InputSnapshot snapshot, Path folder) throws IOException {
        Map<String, String> copies = new LinkedHashMap<>();
        Path workbook = snapshot.workbook();
        Path inputCopy = folder.resolve(INPUT_FOLDER).resolve(workbook.getFileName().toString());
        Files.createDirectories(inputCopy.getParent());
        String sha256 = snapshot.workbookSha256();
        if (sha256 == null) {
            sha256 = FileDigest.copy(workbook, inputCopy);
        } else {
            FileDigest.copy(workbook, inputCopy); // the snapshot hashed these very bytes as it took them (a folder too)
        }
        copies.put(INPUT_FOLDER + "/" + inputCopy.getFileName(), sha256);
        Path zip = folder.resolve(RULES_ZIP);
        zip(snapshot.rulesDir(), zip);
        copies.put(RULES_ZIP, FileDigest.sha256(zip));
        return copies;
    }

    /**
     * Only the files the compiler compiles: a README, notes or an editor's lock file beside the
     * rules are not what the run ran, and verify compiles (and compares) exactly these files.
     */
    private static void zip(Path rulesDir, Path zip) throws IOException {
        List<String> names = RuleCompiler.findRuleFiles(rulesDir).stream().map(RuleFile::relativePath).sorted().toList();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(entry);
                Files.copy(rulesDir.resolve(name), out);
                out.closeEntry();
            }
        }
    }

    /** The kept workbook of a run folder, as its manifest names it; empty for runs made before copies were kept. */
    public static Optional<Path> workbookOf(Path runFolder, RunManifest manifest) {
        return copyNamed(runFolder, manifest, INPUT_FOLDER + "/");
    }

    /** The kept rules of a run folder; empty for runs made before copies were kept. */
    public static Optional<Path> rulesZipOf(Path runFolder, RunManifest manifest) {
        return copyNamed(runFolder, manifest, RULES_ZIP);
    }

    private static Optional<Path> copyNamed(Path runFolder, RunManifest manifest, String prefix) {
        for (String name : manifest.copies().keySet()) {
            if (name.startsWith(prefix) && Files.exists(runFolder.resolve(name))) { // a long-form input is a folder
                return Optional.of(runFolder.resolve(name));
            }
        }
        return Optional.empty();
    }

    /**
     * Unpacks a run's rules.zip into {@code target/<rulesName>} for compiling. Entries that would
     * land outside the folder are refused: a run folder may come from another machine.
     */
    public static Path unzipRules(Path zip, Path target, String rulesName) throws IOException {
        Path dir = target.resolve(rulesName).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = dir.resolve(entry.getName()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IOException(zip.getFileName() + ": entry " + entry.getName() + " points outside the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    in.transferTo(out);
                }
            }
        }
        return dir;
    }

    /** A run's kept copies, unpacked to be read again; closing removes the unpacked rules. */
    public record Restored(Path workbook, Path rulesDir, Path unpacked, int year) implements AutoCloseable {
        @Override
        public void close() {
            try {
                FolderRemoval.deleteTree(unpacked);
            } catch (IOException ignored) {
                // a leftover temporary folder is harmless and the system's temp cleaner removes it
            }
        }
    }

    /**
     * The workbook and rules a run read, from its folder's copies; empty for a run made before
     * copies were kept. The rules unpack under the rules folder's own name, so messages read as they did.
     */
    public static Optional<Restored> restore(Path runFolder, RunManifest manifest) throws IOException {
        Optional<Path> workbook = workbookOf(runFolder, manifest);
        Optional<Path> rules = rulesZipOf(runFolder, manifest);
        if (workbook.isEmpty() || rules.isEmpty()) {
            return Optional.empty();
        }
        Path unpacked = ProcessTempFolder.create("risk-run-rules-");
        try {
            Path rulesName = Path.of(manifest.rulesPath() == null ? "rules" : manifest.rulesPath()).toAbsolutePath()
                    .normalize().getFileName();
            Path dir = unzipRules(rules.get(), unpacked, rulesName == null ? "rules" : rulesName.toString());
            int year = PastScores.read(runFolder.resolve(ScoresJson.FILE_NAME), country -> { }).year();
            return Optional.of(new Restored(workbook.get(), dir, unpacked, year));
        } catch (IOException | RuntimeException e) {
            FolderRemoval.deleteTree(unpacked);
            throw e;
        }
    }

    /**
     * The copies of the run named as {@code --compare-to} names one (a folder name in the reports
     * folder, or a path), for {@code explain --run}.
     *
     * @throws UnknownRunException when it names no run folder, or one made before runs kept copies
     */
    public static Restored restore(Path reportsDir, String run) throws UnknownRunException, IOException {
        Path folder;
        try {
            folder = PreviousRun.resolve(reportsDir, run);
        } catch (UnknownRunException e) {
            throw e.as("--run", run);
        }
        RunManifest manifest = ManifestJson.read(folder.resolve(ManifestJson.FILE_NAME));
        return restore(folder, manifest).orElseThrow(() -> new UnknownRunException("--run", run,
                folder + " keeps no copy of the workbook and rules it read (a run made before runs kept them)"));
    }
}
