package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --input FILE}, the indicator workbook, wherever a command reads one. A command that reads
 * it for another purpose says so in its own words (key {@code risk.<command>.input} of
 * OptionTexts.properties); the name, label and default are the same everywhere.
 */
final class InputOption {
    @Option(names = "--input", paramLabel = "FILE", defaultValue = "inputs/indicators.xlsx",
            description = "Indicator workbook (default: ${DEFAULT-VALUE}).")
    Path input;
}
