package dev.riskengine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx is one) with every entry stamped with one fixed time. POI stamps entries
 * with the clock, so without this the same seed would give files that differ byte for byte.
 * Streams entry by entry: a generated workbook can be hundreds of megabytes unpacked.
 */
final class StableZip {
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StableZip() {
    }

    static void copy(Path zip, Path target) throws IOException {
        // The central directory, not the local headers: POI's streaming writer leaves sizes out of those.
        try (ZipFile in = new ZipFile(zip.toFile());
             OutputStream out = Files.newOutputStream(target);
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                rezipped.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(rezipped);
                }
                rezipped.closeEntry();
            }
        }
    }
}
