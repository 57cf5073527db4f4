package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the workbook and the rules are, and which year: shared by every command that assesses. */
final class InputOptions {
    @Mixin InputOption workbook;

    @Mixin RulesOption rulesFolder;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Year to assess (default: the latest year in the workbook).")
    Integer year;

    Path input() {
        return workbook.input;
    }

    Path rules() {
        return rulesFolder.rules;
    }
}
