package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --reports DIR}, the folder of the run folders. Each command says what it does with it in
 * its help (key {@code risk.<command>.reports} of OptionTexts.properties: receives them, reads a
 * past run from them, ...); the name, label and default are the same everywhere.
 */
final class ReportsOption {
    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder of the run folders (default: ${DEFAULT-VALUE}).")
    Path reports;
}
