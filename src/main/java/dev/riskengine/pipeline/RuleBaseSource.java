package dev.riskengine.pipeline;

import java.nio.file.Path;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;

/**
 * Where a run's compiled rules come from: the seam where a cache of compiled rules plugs in
 * beside {@link CompileEachTime}. Whatever the source, the rule base must be the one the rules
 * folder's files compile to now, and a folder that does not compile must fail with its located lines.
 */
public interface RuleBaseSource {
    RuleBase rules(Path rulesDir) throws RuleCompilationException;
}
