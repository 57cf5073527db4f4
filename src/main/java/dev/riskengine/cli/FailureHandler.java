package dev.riskengine.cli;

import java.io.PrintWriter;

import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.run.ReportWriteException;
import dev.riskengine.run.RunLockedException;
import dev.riskengine.run.UnknownRunException;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line per problem on stderr and the documented exit code. Users
 * never see a stack trace: the lines name the file and the place, which is what they can act on.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (e instanceof InvalidWorkbookException invalid) {
            invalid.problems().stream().map(WorkbookProblem::message).forEach(err::println);
            err.println(invalid.problems().size() == 1 ? "1 problem in the workbook: nothing assessed."
                    : invalid.problems().size() + " problems in the workbook: nothing assessed.");
            code = ExitCodes.INVALID_INPUT;
        } else if (e instanceof YearNotInWorkbookException) {
            err.println(e.getMessage());
            code = ExitCodes.INVALID_INPUT;
        } else if (e instanceof RuleCompilationException compilation) {
            compilation.lines().forEach(err::println);
            // rules check and rules test assess nothing in any case; a run says that it stopped before assessing
            boolean ruleCommand = cmd.getParent() != null && "rules".equals(cmd.getParent().getCommandName());
            err.println(ruleCommand ? "rules do not compile." : "rules do not compile: nothing assessed.");
            code = ExitCodes.RULES_FAILED;
        } else if (e instanceof RuleExecutionException execution) {
            err.println(execution.getMessage());
            code = ExitCodes.RULES_FAILED;
        } else if (e instanceof RunLockedException locked) {
            err.println(locked.getMessage());
            code = ExitCodes.LOCKED;
        } else if (e instanceof UnknownRunException unknown) {
            err.println(unknown.getMessage());
            code = ExitCodes.USAGE;
        } else if (e instanceof ReportWriteException write) {
            err.println(write.getMessage());
            code = ExitCodes.CANNOT_WRITE_REPORTS;
        } else {
            err.println("internal error (please report it): " + e);
            code = ExitCodes.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }
}
