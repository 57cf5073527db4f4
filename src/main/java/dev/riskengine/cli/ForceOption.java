package dev.riskengine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --force} of the commands that write a workbook: replace the file when it exists. Without
 * it they refuse with exit 5, as a file that cannot be written ({@code template} words its help
 * in its own way: key {@code risk.template.force} of OptionTexts.properties).
 */
final class ForceOption {
    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    /** What a command that writes {@code file} says when the file exists and --force was not given. */
    static String refusal(Path file) {
        return file + ": already exists; nothing written (--force replaces it)";
    }
}
