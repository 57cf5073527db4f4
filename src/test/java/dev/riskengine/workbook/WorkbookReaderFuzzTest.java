package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.riskengine.model.Border;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the workbook reader with mutations of the seed workbooks in src/test/resources/fuzz-seeds
 * (real and broken ones), read whole and streamed. The property: the reader returns a workbook
 * whose numbers are all finite, or throws {@link InvalidWorkbookException} with located problems,
 * each one line; any other exception, or a read longer than a few seconds, is a finding, and the
 * input that caused it is kept under target/fuzz-findings to be added to the seeds.
 *
 * <p>Under {@code ./mvnw verify} it replays the seed corpus only (seconds), which holds every input
 * that once crashed the reader. {@code -Dfuzz.rounds=N} adds N fixed mutations of each seed. A long session
 * runs with {@code -Dfuzz.seconds=1800} (see docs/testing.md): fresh random mutations until
 * the time is up, its random seed printed so a finding can be replayed with {@code -Dfuzz.seed=}.
 */
class WorkbookReaderFuzzTest {
    private static final Path SEEDS = Path.of("src/test/resources/fuzz-seeds");
    private static final Path FINDINGS = Path.of("target/fuzz-findings");
    private static final Duration LONGEST_READ = Duration.ofSeconds(10);
    /** Fragments that have broken spreadsheet readers: odd numbers, empty values, huge addresses. */
    private static final List<String> TOKENS = List.of("NaN", "Infinity", "-Infinity", "1e400", "-0", "<v/>",
            "<v></v>", "t=\"s\"", "t=\"b\"", "t=\"e\"", "t=\"inlineStr\"", "t=\"str\"", "r=\"XFD1048577\"",
            "r=\"A0\"", "r=\"\"", "<f>1/0</f>", "<f></f>", "99999999999", "-1", "s=\"999\"", "<c/>", "<row/>",
            "</sheetData>", "\u0000", "&amp;", "&#0;", "ref=\"A1:XFD1048576\"", "9".repeat(400));

    @TempDir
    Path folder;

    private final java.util.Map<String, String> findings = new java.util.LinkedHashMap<>();

    @Test
    void seedWorkbooksAndTheirMutationsGiveAWorkbookOrLocatedProblems() throws IOException {
        long seconds = Long.getLong("fuzz.seconds", 0);
        int rounds = Integer.getInteger("fuzz.rounds", 0);
        long seed = Long.getLong("fuzz.seed", seconds > 0 ? System.nanoTime() : 11L);
        Random random = new Random(seed);
        List<byte[]> seeds = seeds();
        assertThat(seeds).as("seed corpus").hasSizeGreaterThanOrEqualTo(4);
        long executions = 0;
        for (byte[] input : seeds) {
            executions += check(input, "seed");
        }
        failOnFindings(); // the corpus must stay clean before any mutation counts
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int round = 0;
        while (seconds > 0 ? System.nanoTime() < end : round < rounds) {
            for (byte[] input : seeds) {
                byte[] mutated = mutate(input, random);
                executions += check(mutated, "seed " + seed + " round " + round);
            }
            round++;
        }
        if (seconds > 0) {
            System.out.printf("fuzz: seed %d, %d reads of %d mutated inputs in %d s, %d distinct findings%n",
                    seed, executions, round * seeds.size(), seconds, findings.size());
        }
        failOnFindings();
    }

    /** One finding per distinct failure (exception type and where it was thrown), so a long run goes on. */
    private void failOnFindings() {
        if (!findings.isEmpty()) {
            fail(findings.size() + " distinct finding(s):\n" + String.join("\n", findings.values()));
        }
    }

    /** Found by fuzzing: a streamed row numbered r="1e400" escaped as a NumberFormatException. */
    @Test
    void streamedRowNumberThatIsNotAWholeNumberIsAnUnreadableSheet() throws IOException {
        Path file = Files.copy(SEEDS.resolve("streamed-overflowing-row-number.xlsx"), folder.resolve("indicators.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkbookReader(CellWalk.STREAMING).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("a sheet that cannot be read");
    }

    /** Found by fuzzing: a cell typed t="os" escaped a whole read as POI's XmlValueOutOfRangeException. */
    @Test
    void wholeReadCellWithAnInvalidTypeIsAnUnreadableSheet() throws IOException {
        Path file = Files.copy(SEEDS.resolve("whole-invalid-cell-type.xlsx"), folder.resolve("indicators.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkbookReader(CellWalk.IN_MEMORY).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("a cell that cannot be read");
    }

    /** Found by fuzzing: a shared-string index of 99999999999999999999 escaped a streamed read. */
    @Test
    void streamedSharedStringIndexTooLargeIsAnUnreadableSheet() throws IOException {
        Path file = Files.copy(SEEDS.resolve("streamed-overflowing-string-index.xlsx"), folder.resolve("indicators.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkbookReader(CellWalk.STREAMING).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("a cell that cannot be read");
    }

    /** Found by fuzzing: a streamed cell r="B-1" escaped as POI's IllegalArgumentException. */
    @Test
    void streamedInvalidCellReferenceIsAnUnreadableSheet() throws IOException {
        Path file = Files.copy(SEEDS.resolve("streamed-negative-cell-reference.xlsx"), folder.resolve("indicators.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WorkbookReader(CellWalk.STREAMING).read(file))
                .isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining("a row that cannot be read");
    }

    /** Found by fuzzing: r="2147483648" made the whole walk count rows up to 2^31 (a hang). */
    @Test
    void rowNumberPastTheLastRowIsAnUnreadableSheetNotAnEndlessCount() throws IOException {
        assertThat(problemsOfSeed("row-number-past-the-last-row.xlsx")).singleElement().asString()
                .endsWith("Indicators: found a sheet that cannot be read, perhaps damaged (row number 2147483648 is not "
                        + "between 1 and 1048576), expected an Excel workbook (.xlsx or .xls)");
    }

    /**
     * Found by fuzzing: a row r="2147483648" with a formula before it ran POI's formula evaluator
     * out of memory (it sizes a cache by the last row) when the file could not be streamed either.
     */
    @Test
    void rowPastTheLastRowIsRefusedBeforeAnyFormulaIsEvaluated() throws IOException {
        assertThat(problemsOfSeed("row-past-the-last-row-with-a-formula-and-no-streamed-sheet.xlsx")).singleElement()
                .asString().contains("sheet \"Indicators\" has a row past Excel's last row, 1048576");
    }

    /** Found by fuzzing: a {@code <c>} before any {@code <row>} escaped a streamed read as a NullPointerException. */
    @Test
    void streamedCellOutsideAnyRowIsIgnoredAsTheWholeReadIgnoresIt() throws IOException {
        assertThat(problemsOfSeed("streamed-cell-between-sheet-parts.xlsx")).extracting(WorkbookProblem::address)
                .containsExactly("Indicators!D3", "Borders!C2"); // the seed's own bad cells, nothing else
    }

    /** Found by fuzzing: the same, inside XML that is not well-formed. */
    @Test
    void streamedCellOutsideAnyRowInDamagedXmlIsAnUnreadableSheet() throws IOException {
        assertThat(problemsOfSeed("streamed-cell-outside-any-row.xlsx")).extracting(WorkbookProblem::found)
                .anyMatch(found -> found.startsWith("a sheet that cannot be read"));
    }

    /** Found by fuzzing: {@code <rww>} for {@code <row>} escaped a streamed read as a NullPointerException. */
    @Test
    void streamedUnknownElementInsteadOfARowIsAnUnreadableSheet() throws IOException {
        assertThat(problemsOfSeed("streamed-unknown-element-instead-of-row.xlsx")).singleElement().asString()
                .contains("Countries: found a sheet that cannot be read");
    }

    /** Found by fuzzing: streamed, a cut-short string table made an IllegalStateException listing every string. */
    @Test
    void sharedStringsCutShortAreALocatedCellNotAnInternalError() throws IOException {
        assertThat(problemsOfSeed("streamed-shared-strings-cut-short.xlsx")).singleElement().asString()
                .contains("Dictionary!G3: found a cell that cannot be read, perhaps damaged (shared string index 29 "
                        + "is not in the workbook's shared strings)");
    }

    /** Found by fuzzing: s="099999999999" escaped a whole read as an ArithmeticException (integer overflow). */
    @Test
    void styleIndexOverflowingIsALocatedCellFromBothWalks() throws IOException {
        assertThat(problemsOfSeed("whole-style-index-overflowing.xlsx")).extracting(WorkbookProblem::message)
                .contains("indicators.xlsx: Indicators!B2: found a cell that cannot be read, perhaps damaged (style index "
                        + "\"099999999999\" is not a whole number), expected an Excel workbook (.xlsx or .xls)");
    }

    /** Found by fuzzing: an .xls cell whose style is past the file's styles escaped as an IndexOutOfBoundsException. */
    @Test
    void xlsCellStylePastTheStylesIsALocatedCell() throws IOException {
        Path file = Files.copy(SEEDS.resolve("whole-xls-style-past-the-styles.xls"), folder.resolve("indicators.xls"));
        assertThat(Reading.problems(file)).singleElement().asString()
                .contains("Countries!D2: found a cell that cannot be read, perhaps damaged (the cell's style cannot be read");
    }

    /** Found by fuzzing: an .xls whose sheet list POI cannot name escaped as an IndexOutOfBoundsException. */
    @Test
    void xlsSheetThatCannotBeNamedIsADamagedFile() throws IOException {
        Path file = Files.copy(SEEDS.resolve("whole-xls-sheet-that-cannot-be-named.xls"), folder.resolve("indicators.xls"));
        assertThat(Reading.problems(file)).singleElement().asString()
                .contains("found a file that cannot be opened as a workbook, perhaps damaged or incomplete");
    }

    /** Found by fuzzing: xfId="g0" in styles.xml escaped a streamed read as POI's XmlValueOutOfRangeException. */
    @Test
    void damagedCellStyleIsALocatedCellFromBothWalks() throws IOException {
        assertThat(problemsOfSeed("streamed-damaged-cell-style.xlsx")).singleElement().asString()
                .contains("Dictionary!D2: found a cell that cannot be read, perhaps damaged (style 0 cannot be read");
    }

    /** Streamed numbers are parsed by the engine, not POI: text in a numeric cell is a located value problem. */
    @Test
    void streamedNumericCellWithTextIsALocatedValueProblem() throws IOException {
        assertThat(problemsOfSeed("streamed-numeric-cell-with-text.xlsx")).extracting(WorkbookProblem::message)
                .containsExactly("indicators.xlsx: Indicators!C2: found \"abc\" (not a finite number), expected a number, "
                        + "a range such as 6000-7000, or a blank cell");
    }

    /** The problems of a seed read whole and streamed, which must agree word for word ({@link BothWalks}). */
    private List<WorkbookProblem> problemsOfSeed(String seed) throws IOException {
        return Reading.problems(Files.copy(SEEDS.resolve(seed), folder.resolve("indicators.xlsx")));
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (var files = Files.list(SEEDS)) {
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    /** Reads the input whole and, when it is a zip, streamed too; returns the number of reads. */
    private int check(byte[] input, String origin) throws IOException {
        boolean zip = input.length > 1 && input[0] == 'P' && input[1] == 'K';
        Path file = folder.resolve(zip ? "indicators.xlsx" : "indicators.xls");
        Files.write(file, input);
        readOnce(file, CellWalk.IN_MEMORY, input, origin);
        if (zip) {
            readOnce(file, CellWalk.STREAMING, input, origin);
            return 2;
        }
        return 1;
    }

    private void readOnce(Path file, CellWalk walk, byte[] input, String origin) throws IOException {
        try {
            IndicatorWorkbook workbook = assertTimeoutPreemptively(LONGEST_READ,
                    () -> new WorkbookReader(walk).read(file));
            for (Indicator indicator : workbook.indicators()) {
                assertThat(List.of(indicator.getValue(), indicator.getLow(), indicator.getHigh()))
                        .as("values of " + indicator).allMatch(Double::isFinite);
            }
            for (Border border : workbook.borders()) {
                assertThat(border.getLengthKm()).as(border.toString()).isFinite();
            }
        } catch (Throwable thrown) {
            // assertTimeoutPreemptively rethrows the reader's checked exception unchecked.
            if (thrown instanceof InvalidWorkbookException e) {
                Optional<String> notOneLine = e.problems().stream().map(WorkbookProblem::message)
                        .filter(message -> message.isBlank() || message.contains("\n") || message.contains("\r")).findFirst();
                if (e.problems().isEmpty() || notOneLine.isPresent()) {
                    record("problem not one line", walk, input, file, origin, notOneLine.orElse("no problems"));
                }
                return;
            }
            record(signature(thrown), walk, input, file, origin, firstLine(thrown) + " at " + signature(thrown));
        }
    }

    /** Keeps the first input of each kind of finding and goes on. */
    private void record(String kind, CellWalk walk, byte[] input, Path file, String origin, String what) throws IOException {
        String key = walk + " " + kind;
        if (!findings.containsKey(key)) {
            Path kept = keep(input, file);
            findings.put(key, walk + " read (" + origin + ", kept as " + kept + "): " + what);
            System.out.println("fuzz finding: " + findings.get(key));
        }
    }

    /** The exception type and the innermost frame of this project (or the first frame) that threw it. */
    private static String signature(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        String where = frames.length == 0 ? "?" : frames[0].toString();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("dev.riskengine")) {
                where = frame.toString();
                break;
            }
        }
        return root.getClass().getName() + " @ " + where;
    }

    private static String firstLine(Throwable thrown) {
        String line = String.valueOf(thrown).lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static Path keep(byte[] input, Path file) throws IOException {
        Files.createDirectories(FINDINGS);
        String name = file.getFileName().toString();
        Path kept = FINDINGS.resolve(Integer.toHexString(java.util.Arrays.hashCode(input)) + "-" + name);
        Files.write(kept, input);
        return kept;
    }

    /** Mutates one XML part inside a zip (so the file still opens and the sheet code runs), or raw bytes. */
    private static byte[] mutate(byte[] input, Random random) throws IOException {
        boolean zip = input.length > 1 && input[0] == 'P' && input[1] == 'K';
        if (!zip || random.nextInt(8) == 0) {
            return mutateBytes(input, random);
        }
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(input))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(new ZipEntry(entry.getName()));
                contents.add(in.readAllBytes());
            }
        } catch (java.util.zip.ZipException | IllegalArgumentException damagedSeed) {
            // IllegalArgumentException: an entry name that is not UTF-8 (found by fuzzing the fuzzer)
            return mutateBytes(input, random); // a seed that is a damaged zip itself
        }
        if (entries.isEmpty()) {
            return mutateBytes(input, random);
        }
        int target = pickPart(entries, random);
        contents.set(target, mutateBytes(contents.get(target), random));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.size(); i++) {
                zipOut.putNextEntry(entries.get(i));
                zipOut.write(contents.get(i));
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Sheets and shared strings most of the time: that is where the cell-reading code is. */
    private static int pickPart(List<ZipEntry> entries, Random random) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).getName();
            if (name.contains("worksheets/") || name.contains("sharedStrings")) {
                cells.add(i);
            }
        }
        return cells.isEmpty() || random.nextInt(5) == 0 ? random.nextInt(entries.size())
                : cells.get(random.nextInt(cells.size()));
    }

    private static byte[] mutateBytes(byte[] data, Random random) {
        byte[] result = data.clone(); // the seed itself must stay as it is for the next round
        int steps = 1 + random.nextInt(3);
        for (int step = 0; step < steps && result.length > 0; step++) {
            int at = random.nextInt(result.length);
            switch (random.nextInt(5)) {
                case 0 -> result[at] = (byte) random.nextInt(256);
                case 1 -> result = splice(result, at, Math.min(result.length - at, 1 + random.nextInt(16)), new byte[0]);
                case 2 -> result = splice(result, at, 0,
                        TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                case 3 -> result = replaceNumber(result, at, random);
                default -> {
                    int length = Math.min(result.length - at, 1 + random.nextInt(64));
                    result = splice(result, random.nextInt(result.length), 0,
                            java.util.Arrays.copyOfRange(result, at, at + length));
                }
            }
        }
        return result;
    }

    /** Replaces the next digit run with an interesting number, so values and addresses change. */
    private static byte[] replaceNumber(byte[] data, int from, Random random) {
        int start = from;
        while (start < data.length && !Character.isDigit(data[start])) {
            start++;
        }
        int end = start;
        while (end < data.length && Character.isDigit(data[end])) {
            end++;
        }
        String[] numbers = {"0", "NaN", "1e400", "-1", "2147483648", "1048577", "16385", "99999999999999999999"};
        return splice(data, start, end - start, numbers[random.nextInt(numbers.length)].getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] splice(byte[] data, int at, int removed, byte[] inserted) {
        int safeAt = Math.min(at, data.length);
        byte[] result = new byte[data.length - removed + inserted.length];
        System.arraycopy(data, 0, result, 0, safeAt);
        System.arraycopy(inserted, 0, result, safeAt, inserted.length);
        System.arraycopy(data, safeAt + removed, result, safeAt + inserted.length, data.length - safeAt - removed);
        return result;
    }
}
