package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.onlyProblem;
import static dev.riskengine.workbook.Reading.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks that try to make the reader hold or parse too much: a cell longer than Excel
 * allows, a part that inflates a hundredfold (a zip bomb), shared strings beyond their limit.
 * Each is refused in one located line by both walks, in seconds.
 */
class BoundedInputsTest {
    private static final String TOO_LONG = "a cell of more than 32,767 characters";
    private static final String EXCELS_LIMIT = "at most 32,767 characters in a cell (Excel's own limit)";
    private static final String WITHIN_THE_GRID = "cells within Excel's grid (columns A to XFD, rows 1 to 1,048,576)";
    private static final String PART_LIMITS = "a workbook whose parts inflate at most 100 times their compressed size, "
            + "to at most 1 GB (128 MB for the shared strings)";

    @TempDir
    Path folder;

    @Test
    void inlineCellLongerThanExcelsLimitIsRefusedInBothReaders() throws Exception {
        Path file = TestWorkbook.valid().rawCell("Countries", "B3",
                "<c r=\"B3\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c>").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!B3", TOO_LONG, EXCELS_LIMIT));
    }

    @Test
    void sharedStringLongerThanExcelsLimitIsRefusedInBothReaders() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "B3", "LONG-NAME")
                .rawPart("xl/sharedStrings.xml", xml -> xml.replace("LONG-NAME", "y".repeat(40_000)))
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!B3", TOO_LONG, EXCELS_LIMIT));
    }

    @Test
    void cellOfExactlyExcelsLimitIsRead() throws Exception {
        Path file = TestWorkbook.valid().rawCell("Countries", "B3",
                "<c r=\"B3\" t=\"inlineStr\"><is><t>" + "z".repeat(32_767) + "</t></is></c>").writeTo(folder);

        assertThat(Reading.valid(file).countries().get(1).getName()).hasSize(32_767);
    }

    @Test
    @Timeout(60)
    void twentyMegabyteCellOfALargeWorkbookIsRefusedInSeconds() throws Exception {
        // given: a 20 MB inline string in a file of several MB, so that it is streamed as any large workbook
        Path file = TestWorkbook.valid().rawCell("Countries", "B3", "<c r=\"B3\" t=\"inlineStr\"><is><t>HUGE</t></is></c>")
                .writeTo(folder);
        replacePart(file, "xl/worksheets/sheet1.xml", (xml, out) -> {
            int at = xml.indexOf("HUGE");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            writeRandomLetters(out, 20_000_000);
            out.write(xml.substring(at + "HUGE".length()).getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(file)).isGreaterThan(CellWalk.STREAMING_FROM_BYTES);

        // when
        long start = System.nanoTime();
        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> new WorkbookReader().read(file));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        // then
        assertThat(refused.problems()).containsExactly(problem("Countries!B3", TOO_LONG, EXCELS_LIMIT));
        assertThat(seconds).isLessThan(5);
    }

    @Test
    void sheetInflatingMoreThanAHundredfoldIsOneLineInBothReaders() throws Exception {
        // given: 20 MB of spaces between two cells: a few kB once compressed
        Path file = TestWorkbook.valid().rawCell("Indicators", "C2", "<c r=\"C2\"><v>1500</v></c>" + " ".repeat(20_000_000))
                .writeTo(folder);

        // then
        WorkbookProblem problem = onlyProblem(file);
        assertThat(problem).isEqualTo(problem("",
                "part xl/worksheets/sheet2.xml inflating more than 100 times its compressed size (a zip bomb?)",
                PART_LIMITS));
        assertThat(problem.message()).doesNotContain("\n");
    }

    @Test
    @Timeout(120)
    void sharedStringsBeyondTheirLimitAreRefusedWhenStreamed() throws Exception {
        // given: 150 MB of shared strings that compress only 30-fold, so POI's inflate ratio lets them in
        Path file = TestWorkbook.valid().writeTo(folder);
        replacePart(file, "xl/sharedStrings.xml", (xml, out) -> {
            int end = xml.indexOf("</sst>");
            out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            Random random = new Random(7);
            byte[] filler = "a".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 150_000_000L; written += 1_032) {
                out.write(("<si><t>" + Long.toHexString(random.nextLong())).getBytes(StandardCharsets.US_ASCII));
                out.write(filler);
                out.write("</t></si>".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        });

        InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
                () -> new WorkbookReader(CellWalk.STREAMING).read(file));

        assertThat(refused.problems()).containsExactly(problem("",
                "part xl/sharedStrings.xml inflating beyond 134,217,728 bytes", PART_LIMITS));
    }

    @Test
    void cellBeyondColumnXfdIsALocatedErrorInBothReaders() throws Exception {
        Path file = TestWorkbook.valid().rawCell("Countries", "E3", "<c r=\"XFE3\" t=\"inlineStr\"><is><t>note</t></is></c>")
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!XFE3", "a cell beyond column XFD, Excel's last",
                WITHIN_THE_GRID));
    }

    @Test
    @Timeout(30)
    void cellFarBeyondColumnXfdIsRefusedBeforeItsRowIsFilledOut() throws Exception {
        // column 321,272,406: read whole, POI counts a row's cells in a short and loses the row; streamed, the row was padded out to it
        Path file = TestWorkbook.valid().rawCell("Indicators", "E3", "<c r=\"ZZZZZZ3\"><v>5</v></c>").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!ZZZZZZ3", "a cell beyond column XFD, Excel's last",
                WITHIN_THE_GRID));
    }

    @Test
    @Timeout(30)
    void rowBeyondExcelsLastRowIsALocatedErrorInBothReaders() throws Exception {
        Path file = TestWorkbook.valid().rawPart("xl/worksheets/sheet3.xml", xml -> xml.replace("</sheetData>",
                "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\"><is><t>MAR</t></is></c></row></sheetData>"))
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!A2000000000", "a cell beyond row 1,048,576, Excel's last",
                WITHIN_THE_GRID));
    }

    private interface PartWriter {
        void write(String savedXml, OutputStream out) throws IOException;
    }

    /** Rewrites the saved file with one part written by {@code writer}, streamed, as a hostile tool would. */
    private static void replacePart(Path file, String partName, PartWriter writer) throws IOException {
        Path rewritten = file.resolveSibling("rewritten.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(partName)) {
                    writer.write(new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(rewritten, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Letters that compress about fourfold: a long cell that no inflate ratio would flag. */
    private static void writeRandomLetters(OutputStream out, int count) throws IOException {
        Random random = new Random(3);
        byte[] chunk = new byte[1 << 16];
        for (int written = 0; written < count; written += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) ('a' + random.nextInt(4));
            }
            out.write(chunk, 0, Math.min(chunk.length, count - written));
        }
    }
}
