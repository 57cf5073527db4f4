package dev.riskengine.run;

import java.util.ArrayList;
import java.util.List;

import dev.riskengine.backtest.BacktestInputException;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.store.ReportWriteException;
import dev.riskengine.store.RunLockedException;
import dev.riskengine.store.UnknownRunException;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;

/**
 * A command's failure as the user reads it: one located line per problem (the file and the place,
 * which is what they can act on), and its kind, which the command line turns into an exit code.
 */
public record Failure(Kind kind, List<String> lines) {

    public enum Kind { INVALID_INPUT, RULES_FAILED, LOCKED, UNKNOWN_RUN, CANNOT_WRITE_REPORTS, INTERNAL_ERROR }

    /**
     * @param assesses whether the command assesses: one that does says a failure stopped it before
     *                 assessing, while {@code rules check} and {@code rules test} assess nothing in any case
     */
    public static Failure of(Exception e, boolean assesses) {
        if (e instanceof InvalidWorkbookException invalid) {
            List<String> lines = new ArrayList<>(invalid.problems().stream().map(WorkbookProblem::message).toList());
            int count = invalid.problems().size();
            lines.add(count + (count == 1 ? " problem in " : " problems in ") + invalid.input() + ": nothing assessed.");
            return new Failure(Kind.INVALID_INPUT, lines);
        }
        if (e instanceof RuleCompilationException compilation) {
            List<String> lines = new ArrayList<>(compilation.lines());
            lines.add(assesses ? "rules do not compile: nothing assessed." : "rules do not compile.");
            return new Failure(Kind.RULES_FAILED, lines);
        }
        Kind kind = kindOf(e);
        return new Failure(kind, List.of(kind == Kind.INTERNAL_ERROR
                ? "internal error (please report it): " + e : String.valueOf(e.getMessage())));
    }

    /** The kinds whose whole story is the exception's one-line message. */
    private static Kind kindOf(Exception e) {
        if (e instanceof YearNotInWorkbookException || e instanceof BacktestInputException) {
            return Kind.INVALID_INPUT;
        }
        if (e instanceof RuleExecutionException) {
            return Kind.RULES_FAILED;
        }
        if (e instanceof RunLockedException) {
            return Kind.LOCKED;
        }
        if (e instanceof UnknownRunException) {
            return Kind.UNKNOWN_RUN;
        }
        return e instanceof ReportWriteException ? Kind.CANNOT_WRITE_REPORTS : Kind.INTERNAL_ERROR;
    }
}
