package dev.riskengine.workbook;

import dev.riskengine.logging.LibraryErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.file.Files;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.xml.sax.SAXException;

/**
 * Opens the file as a workbook (.xlsx or .xls), or says in one line why it is not one. POI
 * reports a bad file through a dozen exception types (NotOfficeXmlFileException,
 * EmptyFileException, ZIP errors, RecordFormatException, IllegalArgumentException, ...); this is
 * the one place that catches them, so an analyst sees a sentence, never a stack trace.
 */
final class WorkbookOpener {
    static final String EXPECTED = "an Excel workbook (.xlsx or .xls)";
    private static final int LONGEST_REASON = 160;

    private final ProblemCollector problems;
    private final FileSniffer sniffer = new FileSniffer();
    private boolean refusedByLimit;

    WorkbookOpener(ProblemCollector problems) {
        this.problems = problems;
        PartLimits.apply();
    }

    Optional<WorkbookSource> open(Path file, CellWalk walk) {
        Optional<String> notAWorkbook = sniffer.notAWorkbook(file);
        if (notAWorkbook.isPresent()) {
            problems.add("", notAWorkbook.get(), EXPECTED);
            return Optional.empty();
        }
        boolean streamed = streams(file, walk);
        if (streamed) {
            Optional<WorkbookSource> workbook = streamed(file);
            if (workbook.isPresent() || refusedByLimit) {
                return workbook;
            }
            // Fall through: opening it whole tells best what is wrong with it (a Word file, damage).
        }
        try (LibraryErrors.Capture attempt = LibraryErrors.capture()) {
            // Read-only: reading must never rewrite the analyst's file.
            Workbook loaded = WorkbookFactory.create(file.toFile(), null, true);
            InMemoryWorkbook workbook;
            try {
                workbook = new InMemoryWorkbook(loaded);
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
            attempt.passOn(); // what POI logged and skipped while opening is the reader's concern
            return Optional.of(workbook);
        } catch (EncryptedDocumentException e) {
            problems.add("", "a password-protected workbook", "a workbook that opens without a password");
        } catch (IOException | RuntimeException e) {
            Optional<String> refused = PartLimits.refusal(e);
            if (refused.isPresent()) {
                problems.add("", refused.get(), PartLimits.EXPECTED);
                return Optional.empty();
            }
            // POI's usermodel checks every row and cell of every sheet while opening, and names
            // none (a cell reference K12n, a row "abc"). Streamed, the same damage is found at its
            // row or cell, in the sheets the engine reads: so a small workbook gets the words and
            // exit code a large one gets for the same damage.
            Optional<WorkbookSource> workbook = streamed || !isOoxml(file) ? Optional.empty() : streamed(file);
            if (workbook.isPresent() || refusedByLimit) {
                return workbook;
            }
            problems.add("", damaged(e, file), EXPECTED);
        }
        return Optional.empty();
    }

    /**
     * The workbook streamed; empty when it cannot be. A part beyond its limit is named here and
     * {@link #refusedByLimit} set, since opening it whole would hold what the limit keeps out;
     * otherwise the caller says what is wrong, from opening it whole.
     */
    private Optional<WorkbookSource> streamed(Path file) {
        try (LibraryErrors.Capture attempt = LibraryErrors.capture()) {
            StreamingWorkbook workbook = StreamingWorkbook.open(file);
            attempt.passOn();
            return Optional.of(workbook);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            Optional<String> refused = PartLimits.refusal(e);
            refused.ifPresent(found -> problems.add("", found, PartLimits.EXPECTED));
            refusedByLimit = refused.isPresent();
            return Optional.empty();
        }
    }

    private static boolean isOoxml(Path file) {
        try {
            return FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean streams(Path file, CellWalk walk) {
        if (walk == CellWalk.IN_MEMORY) {
            return false;
        }
        try {
            return isOoxml(file) && (walk == CellWalk.STREAMING || Files.size(file) >= CellWalk.STREAMING_FROM_BYTES);
        } catch (IOException e) {
            return false;
        }
    }

    private static String damaged(Exception e, Path file) {
        String reason = reason(e, file);
        if (reason.contains("wordprocessingml")) {
            return "a Word document, not a workbook";
        }
        if (reason.contains("presentationml")) {
            return "a PowerPoint presentation, not a workbook";
        }
        return "a file that cannot be opened as a workbook, perhaps damaged or incomplete (" + shortened(reason) + ")";
    }

    /**
     * The innermost cause says what went wrong ("Truncated ZIP file"); the outer ones only wrap
     * it, repeat class names and name the full path, which differs between machines.
     */
    private static String reason(Exception e, Path file) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        String line = message.lines().findFirst().orElse("").trim()
                .replace(file.toAbsolutePath().toString(), String.valueOf(file.getFileName()))
                .replace(file.toString(), String.valueOf(file.getFileName()))
                .replaceAll("^([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "");
        return line.isEmpty() ? innermost.getClass().getSimpleName() : line;
    }

    private static String shortened(String reason) {
        return reason.length() > LONGEST_REASON ? reason.substring(0, LONGEST_REASON - 3) + "..." : reason;
    }
}
