package dev.riskengine.cli;

import java.util.Locale;
import java.util.SplittableRandom;

import dev.riskengine.run.RunRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --draws N} and {@code --seed S}, wherever a command draws samples (assess's Monte Carlo,
 * sensitivity). The count is checked as it is parsed, so a huge one is refused before anything is
 * read or allocated. A command says what it draws in its own words (keys
 * {@code risk.<command>.draws} and {@code risk.<command>.seed} of OptionTexts.properties).
 */
final class DrawsOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private Integer draws;

    @Option(names = "--draws", paramLabel = "N",
            description = "Also run N Monte Carlo draws (1 to 100,000) over the ranged indicators: P10/P50/P90 "
                    + "scores and band probabilities in every report.")
    void draws(int count) {
        if (count < 1 || count > RunRequest.MOST_DRAWS) {
            throw new ParameterException(command.commandLine(), String.format(Locale.ROOT,
                    "--draws must be from 1 to %,d (the limit), was %,d", RunRequest.MOST_DRAWS, count));
        }
        draws = count;
    }

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the draws, to reproduce a run (default: a new seed, written to the reports).")
    Long seed;

    /** The draws asked for, or {@code none} without the option. */
    int drawsOr(int none) {
        return draws == null ? none : draws;
    }

    /** The seed asked for, or a new one (which the reports then record). */
    long seedOrNew() {
        return seed != null ? seed : new SplittableRandom().nextLong();
    }
}
