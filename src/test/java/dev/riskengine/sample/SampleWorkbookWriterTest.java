package dev.riskengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The sample writer still writes the shipped inputs/indicators.xlsx: every part of the file the
 * same to the byte, but for the creation time in docProps/core.xml. So a change to the workbook
 * layout or to the shared header writing that would change the sample shows here.
 */
class SampleWorkbookWriterTest {
    private static final String CREATION_TIME_PART = "docProps/core.xml";

    @Test
    void theWriterWritesTheShippedSampleWorkbookPartForPart() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter().build()) {
            writer.write(written);
        }

        Map<String, String> shipped;
        try (InputStream in = Files.newInputStream(Path.of("inputs/indicators.xlsx"))) {
            shipped = parts(in);
        }
        assertThat(parts(new ByteArrayInputStream(written.toByteArray()))).isEqualTo(shipped);
    }

    private static Map<String, String> parts(InputStream xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(xlsx)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().equals(CREATION_TIME_PART)) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
