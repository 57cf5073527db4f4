package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the workbook and the rules are: shared by every command that assesses. */
public final class InputOptions {
    @Option(names = "--input", paramLabel = "FILE", defaultValue = "inputs/indicators.xlsx",
            description = "Indicator workbook (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of .drl rule files and decision tables (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Year to assess (default: the latest year in the workbook).")
    Integer year;
}
