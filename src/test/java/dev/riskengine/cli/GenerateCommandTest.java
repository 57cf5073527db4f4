package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `generate` refuses to replace a file as `template` does: exit 5 and one line, unless --force. */
class GenerateCommandTest extends CommandTest {
    @TempDir Path temp;

    @Test
    void anExistingFileIsLeftAloneWithoutForceAndReplacedWithIt() throws Exception {
        // given
        Path file = temp.resolve("grid.xlsx");
        Files.writeString(file, "an analyst's file");

        // when / then: refused, untouched
        assertThat(risk("generate", "--units", "20", "--out", file.toString())).isEqualTo(ExitCodes.CANNOT_WRITE_REPORTS);
        assertThat(err.toString()).isEqualTo(file + ": already exists; nothing written (--force replaces it)" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("an analyst's file");

        // when / then: replaced
        assertThat(risk("generate", "--units", "20", "--out", file.toString(), "--force")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Wrote " + file + ": 20 units, 1 year,");
        assertThat(Files.size(file)).isGreaterThan(1_000);
    }

    @Test
    @Timeout(20)
    void unitsBeyondTheLimitAreAUsageErrorNamingIt() {
        Path file = temp.resolve("grid.xlsx");

        int code = risk("generate", "--units", "2000000000", "--out", file.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--units must be from 1 to 250,000 (the limit: the Borders sheet must "
                + "fit Excel's 1,048,576 rows), was 2,000,000,000");
        assertThat(file).doesNotExist();
    }

    @Test
    @Timeout(20)
    void unitsTimesYearsBeyondExcelsRowsIsAUsageError() {
        Path file = temp.resolve("grid.xlsx");

        int code = risk("generate", "--units", "200000", "--years", "6", "--out", file.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--years must be at least 1 and --units x --years at most 1,048,575");
        assertThat(file).doesNotExist();
    }
}
