package dev.riskengine.generate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Generates a synthetic indicator workbook (see {@link GridWorkbookWriter}) and puts it in place
 * in one move: a failed or interrupted run never leaves a half-written file under the name asked
 * for, and the same request always gives the same bytes.
 */
public final class WorkbookGenerator {

    /** What was written, for the one-line summary. */
    public record Generated(Path file, int units, int years, int borders, long bytes) { }

    public Generated generate(GenerateRequest request) throws IOException {
        Path target = request.out().toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path raw = Files.createTempFile(folder, ".generate-", ".raw.xlsx");
        // Not createTempFile: its owner-only permissions would stay on the workbook after the move.
        Path stable = folder.resolve(".generate-" + UUID.randomUUID() + ".xlsx");
        try {
            new GridWorkbookWriter(request).write(raw);
            StableZip.copy(raw, stable);
            moveIntoPlace(stable, target);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(stable);
        }
        return new Generated(request.out(), request.units(), request.years(), borderCount(request),
                Files.size(target));
    }

    private static int borderCount(GenerateRequest request) {
        UnitGrid grid = new UnitGrid(request.units(), request.seed());
        int count = 0;
        for (int unit = 0; unit < grid.units(); unit++) {
            count += grid.bordersFrom(unit).size();
        }
        return count;
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
