package dev.riskengine.importer;

import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;
import dev.riskengine.workbook.WorkbookReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Replaces the analyst's workbook without ever leaving it damaged: the update is written to a
 * temporary file in the same folder, read back with the engine's own {@link WorkbookReader}, a
 * backup of the original is copied next to it, and only then is the temporary file moved over
 * the original in one atomic step. Any failure before the move leaves the original as it was.
 */
final class WorkbookReplacer {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Returns the backup's path. */
    Path replace(Path original, Workbook updated, Instant now) throws ImportException, ImportWriteException {
        Path folder = original.toAbsolutePath().getParent();
        String name = String.valueOf(original.getFileName());
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + base + ".import-", extension);
            try (OutputStream out = Files.newOutputStream(temp)) {
                updated.write(out);
            }
            validate(temp, name);
            keepPermissions(original, temp);
            Path backup = backupPath(folder, base, extension, now);
            Files.copy(original, backup, StandardCopyOption.COPY_ATTRIBUTES);
            move(temp, original);
            return backup;
        } catch (IOException e) {
            throw new ImportWriteException(name + ": cannot write the updated workbook in its folder ("
                    + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace(folder.toString(), ".")
                    + "); the workbook is unchanged", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void validate(Path temp, String name) throws ImportException {
        try {
            new WorkbookReader().read(temp);
        } catch (InvalidWorkbookException e) {
            String tempName = String.valueOf(temp.getFileName());
            List<String> lines = new java.util.ArrayList<>();
            for (WorkbookProblem problem : e.problems()) {
                lines.add(problem.message().replace(tempName, name) + " (after the import)");
            }
            lines.add(name + ": the import would make the workbook invalid; nothing written");
            throw new ImportException(lines);
        }
    }

    /** The temporary file is private to its owner; the replaced workbook keeps the original's permissions. */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
        }
    }

    private static void move(Path temp, Path original) throws IOException {
        try {
            Files.move(temp, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, original, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path backupPath(Path folder, String base, String extension, Instant now) {
        String stamp = STAMP.format(now);
        Path backup = folder.resolve(base + ".backup-" + stamp + extension);
        for (int n = 2; Files.exists(backup); n++) {
            backup = folder.resolve(base + ".backup-" + stamp + "-" + n + extension);
        }
        return backup;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover hidden temporary file is harmless: the original is intact either way.
        }
    }
}
