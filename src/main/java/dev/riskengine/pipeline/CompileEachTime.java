package dev.riskengine.pipeline;

import java.nio.file.Path;

import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleCompiler;

/** Today's source of compiled rules: the rules folder compiled afresh every time it is asked. */
public final class CompileEachTime implements RuleBaseSource {
    @Override
    public RuleBase rules(Path rulesDir) throws RuleCompilationException {
        return new RuleCompiler().compile(rulesDir);
    }
}
