package dev.riskengine.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import dev.riskengine.workbook.PartLimits;

/** Opens a source workbook read-only, or says in one line, naming the file, why it cannot. */
final class SourceWorkbookOpener {

    Workbook open(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name + ": no such file");
        }
        PartLimits.apply(); // a published table is held to the limits an indicator workbook is
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name + ": cannot be opened as an Excel workbook (" + reason(e, file) + ")");
        }
    }

    private static String reason(Exception e, Path file) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return message.lines().findFirst().orElse("").trim()
                .replace(file.toAbsolutePath().toString(), String.valueOf(file.getFileName()))
                .replace(file.toString(), String.valueOf(file.getFileName()));
    }
}
