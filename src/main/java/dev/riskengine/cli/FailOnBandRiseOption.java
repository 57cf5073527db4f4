package dev.riskengine.cli;

import picocli.CommandLine.Option;

/**
 * {@code --fail-on-band-rise} of {@code assess} and {@code schedule}: a band that rose ends the
 * command with exit 6 (after writing the reports). {@code schedule} says what that means for a
 * scheduler in its own words (key {@code risk.schedule.fail-on-band-rise} of OptionTexts.properties).
 */
final class FailOnBandRiseOption {
    @Option(names = "--fail-on-band-rise",
            description = "Exit with 6 (after writing the reports) when a country's band rose since the previous run.")
    boolean failOnBandRise;
}
