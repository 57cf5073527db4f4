package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, the rules folder, wherever a command compiles the rules; {@code rules test}
 * also names the cases it holds (key {@code risk.rules.test.rules} of OptionTexts.properties).
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of .drl rule files and decision tables (default: ${DEFAULT-VALUE}).")
    Path rules;
}
