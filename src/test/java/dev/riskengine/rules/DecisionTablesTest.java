package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.sample.RuleTablesWriter;

/** The shipped decision tables: what they compile to, how their errors are located, and whose rules they are. */
class DecisionTablesTest {

    @TempDir
    Path temp;

    @Test
    void theShippedTablesAreWhatTheirGeneratorWrites() throws Exception {
        // given the generator's tables, written afresh
        RuleTablesWriter.writeAll(temp);

        // then Drools makes the same rules of them as of the shipped files
        for (String table : List.of("threat.drl.xlsx", "bands.drl.xlsx")) {
            assertThat(DecisionTable.read(Path.of("rules", table)).drl())
                    .as(table + " differs from what RuleTablesWriter writes: regenerate it or update the writer")
                    .isEqualTo(DecisionTable.read(temp.resolve(table)).drl());
        }
    }

    @Test
    void rulesFromATableAreNamedByItsNameColumnAndAttributedToTheTableFile() {
        // given 1,000 fighters from 10 million people
        List<ContributionRecord> made = Given.country("TST", 10_000_000L).indicator("TST", "fighters_abroad", 1000)
                .contributionsOf("TST", "Very many citizens fighting abroad");

        // then the row's NAME is the rule, the table its file, and the cells those of the facts it matched
        assertThat(made).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("threat.drl.xlsx");
            assertThat(c.cells()).containsExactly("Countries!D2", "Indicators!fighters_abroad2");
        });
    }

    @Test
    void aTableReadAgainWithTheSameBytesIsTheTableReadBeforeAndAnEditedOneIsReadAfresh() throws Exception {
        // watch recompiles every rule file on each save: an unchanged table is not parsed again, an edited one is
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        Path threat = rules.dir().resolve("threat.drl.xlsx");
        DecisionTable first = DecisionTable.read(threat);

        DecisionTable unchanged = DecisionTable.read(threat);
        rules.setTableCell("threat.drl.xlsx", "Several armed groups active", 'F', "7");
        DecisionTable edited = DecisionTable.read(threat);

        assertThat(unchanged).isSameAs(first);
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.drl()).isNotEqualTo(first.drl());
        assertThat(new RuleCompiler().compile(rules.dir()).rulesWithFiles()).containsEntry("Several armed groups active",
                "threat.drl.xlsx");
    }

    @Test
    void aWordInANumberCellIsReportedAtItsCell() throws Exception {
        // given "abc" typed into the Points cell of one row
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("threat.drl.xlsx", "Several armed groups active", 'F', "abc");

        // then the error names the file, the sheet and that cell, not a line of generated DRL
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines())
                        .singleElement().asString()
                        .startsWith("rules/threat.drl.xlsx: " + cell + ": ")
                        .contains("abc cannot be resolved"));
        assertThat(cell).isEqualTo("Threat!F33");
    }

    @Test
    void aDecimalCommaInAPointsCellIsReportedAtItsCellAsNotANumber() throws Exception {
        // given "2,5" typed for 2.5 points: Drools said "Syntax error on token "5"" at the rule's name cell
        String[][] edits = {
                {"Several armed groups active", "F", "2,5", "write 2.5 with a decimal point"},
                {"Several armed groups active", "F", "4pts", "write digits with a decimal point, such as 2.5"},
                {"Many fighters have come home", "D", "1,000",
                        "write 1000 without thousands separators (a number cell formatted to show them reads the same:"
                                + " format it as General), or 1.000 if the comma marks decimals"}};
        for (String[] edit : edits) {
            RulesFolder rules = RulesFolder.copyOfShipped(temp.resolve(edit[1] + edit[2].length() + edit[0].length()));
            String cell = rules.setTableCell("threat.drl.xlsx", edit[0], edit[1].charAt(0), edit[2]);

            // then one line names that cell and says a number is expected there
            assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                    .as(edit[2] + " in " + cell)
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines())
                            .singleElement().asString()
                            .startsWith("rules/threat.drl.xlsx: " + cell + ": found \"" + edit[2] + "\", expected a number")
                            .contains("): " + edit[3]));
        }
    }

    @Test
    void aThresholdShownAsAPercentageIsRefusedAtItsCellNotComparedWithTheFractionItHolds() throws Exception {
        // given the threshold 20 typed as 20% in a %-formatted cell: the rule compared returnees with 0.2 in silence
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCellFormatted("threat.drl.xlsx", "Many fighters have come home", 'D', 0.2, "0%");

        // then the compile stops at that cell, saying what it shows and what the rule would read
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines())
                        .singleElement().asString()
                        .isEqualTo("rules/threat.drl.xlsx: " + cell + ": found 20%, a number shown with a % format: the"
                                + " rule reads the number the cell holds, 0.2, not 20% (the column's code is \"value / $million >= $param\"),"
                                + " expected a number shown as the rule reads it: format the cell as General and type"
                                + " the number meant (20 for twenty per cent)"));
    }

    @Test
    void arithmeticOnNumbersInAPointsCellStillCompiles() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        rules.setTableCell("threat.drl.xlsx", "Several armed groups active", 'F', "2 * 1.5");

        assertThat(new RuleCompiler().compile(rules.dir()).ruleCount()).isEqualTo(48);
    }

    @Test
    void quotedTextInATableCellIsReportedAtThatCell() throws Exception {
        // given a double quote in a condition, a Points, a Reason and a From cell: Drools copies it
        // into the DRL escaped or not, and the string it opens runs on to a later rule or the end
        String[][] edits = {
                {"threat.drl.xlsx", "Several armed groups active", "D", "a\"b"},
                {"threat.drl.xlsx", "Several armed groups active", "F", "5\""},
                {"threat.drl.xlsx", "An armed group active", "G", "\"abc"},
                {"threat.drl.xlsx", "Some fighters have come home", "E", "\""},
                {"bands.drl.xlsx", "High risk", "D", "\"abc"}};
        for (String[] edit : edits) {
            RulesFolder rules = RulesFolder.copyOfShipped(temp.resolve(edit[0] + edit[2] + edit[3].length() + edit[1].length()));
            String cell = rules.setTableCell(edit[0], edit[1], edit[2].charAt(0), edit[3]);

            // then one line names that cell, not the cell where the parser noticed, nor the generated DRL's lines
            assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                    .as(edit[3] + " in " + cell)
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines())
                            .singleElement().asString().startsWith("rules/" + edit[0] + ": " + cell + ": ")
                            .doesNotContainPattern("Line \\d+:\\d+"));
        }
    }

    @Test
    void aBrokenConditionIsReportedAtItsCell() throws Exception {
        // given a From cell that is not a number
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("bands.drl.xlsx", "High risk", 'D', "five");

        // then
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("bands.drl.xlsx");
                        assertThat(p.cell()).isEqualTo(cell).isEqualTo("Bands!D15");
                        assertThat(p.message()).contains("five").doesNotContain("[Line:");
                    });
                });
    }

    @Test
    void aFileThatIsNoWorkbookIsReportedWithItsName() throws Exception {
        // given
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        Files.writeString(rules.dir().resolve("bands.drl.xlsx"), "not a workbook");

        // then
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines())
                        .containsExactly("rules/bands.drl.xlsx: cannot read the decision table: "
                                + "Can't open workbook - unsupported file type: UNKNOWN"));
    }

    @Test
    void aGeneratedLineOutsideAnyRuleIsLocatedAtTheSettingsCell() throws Exception {
        // given an Import that names no package
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        DecisionTable table = DecisionTable.read(rules.dir().resolve("threat.drl.xlsx"));

        // then the import line of the generated DRL maps to the Import value's cell
        int importLine = table.drl().lines().toList().indexOf("import dev.riskengine.model.*;") + 1;
        assertThat(table.cellOf(importLine, "unable to resolve import")).contains("Threat!B5");
    }
}
