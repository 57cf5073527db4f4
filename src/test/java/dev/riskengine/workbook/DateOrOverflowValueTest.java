package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that look like numbers to POI but are not what the analyst typed or meant. Excel turns a
 * small range typed as "3-5" or "1/2" into a date (5 March, 1 February), stored as a serial day
 * number near 46,000: read as a count it would be a plausible-looking wrong figure. A number typed
 * as text too long for a double would be read as infinity.
 */
class DateOrOverflowValueTest {
    @TempDir
    Path folder;

    @Test
    void aRangeExcelTurnedIntoADateIsRefusedNotReadAsItsSerialNumber() throws Exception {
        // What Excel stores for "3-5" typed in 2026: the serial number of 5 March 2026, shown as 5-Mar.
        Path file = TestWorkbook.valid().formatted("Indicators", "C2", 46086, "d-mmm").writeTo(folder);

        WorkbookProblem problem = Reading.onlyProblem(file);

        assertThat(problem.address()).isEqualTo("Indicators!C2");
        assertThat(problem.found()).isEqualTo("\"5-Mar\" (a date)");
        assertThat(problem.expected()).contains("a number or a range typed as text");
    }

    @Test
    void aNumberTypedAsTextTooLongForADoubleIsRefusedNotReadAsInfinity() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "9".repeat(400)).writeTo(folder);

        WorkbookProblem problem = Reading.onlyProblem(file);

        assertThat(problem.address()).isEqualTo("Indicators!C2");
        assertThat(problem.expected()).isEqualTo(IndicatorValueParser.EXPECTED);
    }
}
