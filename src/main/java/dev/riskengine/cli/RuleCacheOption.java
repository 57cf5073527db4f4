package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.riskengine.pipeline.AssessmentEngine;
import dev.riskengine.pipeline.CachedCompilation;
import dev.riskengine.pipeline.CompileEachTime;
import dev.riskengine.pipeline.LocalDroolsEngine;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.RuleBaseSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --no-cache} and {@code --cache-dir DIR}, wherever a command compiles the rules: the
 * compiled-rules cache is used unless the user turns it off, and lives in the user's cache folder
 * unless named (docs/cache.md).
 */
final class RuleCacheOption {
    @Option(names = "--no-cache",
            description = "Compile the rules afresh, neither reading nor writing the compiled-rules cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Folder of the compiled-rules cache (default: $RISK_CACHE_DIR, else "
                    + "$XDG_CACHE_HOME/country-risk-engine, else ~/.cache/country-risk-engine).")
    Path cacheDir;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    /** Drools in this JVM, unless a driver (the Spark job) hands the commands another engine. */
    private final AssessmentEngine engine;

    RuleCacheOption() {
        this(new LocalDroolsEngine());
    }

    RuleCacheOption(AssessmentEngine engine) {
        this.engine = engine;
    }

    /** Whether the rules run in this JVM (Drools here) rather than on an engine a driver handed in (Spark). */
    boolean evaluatesInThisProcess() {
        return engine instanceof LocalDroolsEngine;
    }

    /** The pipeline of the command: its compiled rules from the cache, or compiled afresh with --no-cache. */
    Pipeline pipeline() {
        return new Pipeline(ruleSource(), engine);
    }

    private RuleBaseSource ruleSource() {
        if (noCache) {
            return new CompileEachTime();
        }
        PrintWriter err = command.commandLine().getErr();
        return new CachedCompilation(cacheDir != null ? cacheDir : CachedCompilation.userCacheFolder(), warning -> {
            err.println(warning);
            err.flush();
        });
    }
}
