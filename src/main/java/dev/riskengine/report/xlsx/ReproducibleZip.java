package dev.riskengine.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx is one) with every entry stamped with the same time. POI stamps
 * entries with the clock at save time, so the same workbook saved twice differs byte for byte,
 * and so would its SHA-256 in manifest.json. Entry order and contents are kept.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static void copy(byte[] zip, Instant entryTime, OutputStream out) throws IOException {
        // Zip times are local date-times; taking the UTC one keeps the bytes the same whatever
        // the time zone of the machine (setTime would convert with the default zone).
        LocalDateTime time = LocalDateTime.ofInstant(entryTime, ZoneOffset.UTC);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
    }

    static byte[] copy(byte[] zip, Instant entryTime) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        copy(zip, entryTime, out);
        return out.toByteArray();
    }
}
