package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming walk on its own; {@link BothWalks} holds it to the in-memory walk in every workbook test. */
class StreamingReaderTest {
    @TempDir Path folder;

    @Test
    void aGeneratedWorkbookReadsTheSameStreamedAsWhole() throws Exception {
        // given: thousands of rows, shared-string-free inline text, ranges, blanks, two years
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(2_000, 2, 2024, 9, 0.2, 0.05, file));

        // when
        Object whole = new WorkbookReader(CellWalk.IN_MEMORY).read(file);
        Object streamed = new WorkbookReader(CellWalk.STREAMING).read(file);

        // then
        assertThat(BothWalks.describe(streamed)).isEqualTo(BothWalks.describe(whole));
        assertThat(BothWalks.describe(streamed)).contains("Indicators!K4001");
    }

    @Test
    void aFormulaWithoutASavedResultIsReportedNotGuessedWhenStreaming() throws Exception {
        Path file = TestWorkbook.valid().formula("Indicators", "C2", "C3*2").writeTo(folder);

        Throwable thrown = catchThrowable(() -> new WorkbookReader(CellWalk.STREAMING).read(file));

        assertThat(((InvalidWorkbookException) thrown).problems()).containsExactly(new WorkbookProblem(Reading.FILE,
                "Indicators!C2", "the formula =C3*2 with no saved result, which could not be evaluated ("
                        + StreamingSheetHandler.NOT_EVALUATED + ")", IndicatorValueParser.SAVED_FORMULA_EXPECTED));
    }

    @Test
    void aFormulaWithASavedResultReadsTheSameEitherWay() throws Exception {
        Path file = TestWorkbook.valid().formulaWithSavedResult("Indicators", "C2", "C3*2", 340).writeTo(folder);

        assertThat(Reading.indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(340);
    }
}
