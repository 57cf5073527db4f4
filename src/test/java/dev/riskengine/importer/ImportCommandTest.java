package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.cli.RiskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    @TempDir Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int risk(String... args) {
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void aDryRunPrintsEachChangeAndExitsZero() throws Exception {
        Path sipri = SipriWorkbook.write(folder);
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", sipri.toString(), "--workbook", workbook.toString(), "--dry-run");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("would change: Indicators!E2: (blank) -> 11863.2345")
                .contains("conflict: Indicators!D5: holds 2 %")
                .contains("not matched to any country (1): Atlantis")
                .contains("Dry run, nothing written");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMissingSourceFileIsInvalidInput() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", folder.resolve("nope.xlsx").toString(), "--workbook", workbook.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("nope.xlsx: no such file" + System.lineSeparator());
    }

    @Test
    void aSourceThatIsNotAWorkbookIsInvalidInputInOneLine() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);
        Path text = Files.writeString(folder.resolve("milex.xlsx"), "not a workbook");

        int code = risk("import", "sipri", text.toString(), "--workbook", workbook.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("milex.xlsx: cannot be opened as an Excel workbook").hasLineCount(1);
    }

    @Test
    void badYearsAreAUsageError() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", "x.xlsx", "--workbook", workbook.toString(), "--years", "2016-2014");

        assertThat(code).isEqualTo(64);
    }
}
