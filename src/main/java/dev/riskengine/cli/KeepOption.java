package dev.riskengine.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --keep N} of assess and schedule: after a successful run, keep only the newest N run folders. */
public final class KeepOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private int runsToKeep;

    @Option(names = "--keep", paramLabel = "N",
            description = "After a successful run, remove the oldest run folders beyond the newest N.")
    void setKeep(int keep) {
        // Refused as it is parsed: 0 would remove every earlier run, a negative number means nothing.
        if (keep < 1) {
            throw new ParameterException(mixee.commandLine(), "--keep must be at least 1, was " + keep);
        }
        runsToKeep = keep;
    }

    /** The newest run folders to keep, or 0 to keep them all (no --keep). */
    int runsToKeep() {
        return runsToKeep;
    }
}
