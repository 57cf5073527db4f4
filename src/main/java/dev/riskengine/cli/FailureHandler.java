package dev.riskengine.cli;

import java.io.PrintWriter;

import dev.riskengine.run.Failure;
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
        // rules check and rules test assess nothing in any case; a run says that it stopped before assessing
        boolean ruleCommand = cmd.getParent() != null && "rules".equals(cmd.getParent().getCommandName());
        Failure failure = Failure.of(e, !ruleCommand);
        failure.lines().forEach(err::println);
        err.flush();
        return exitCode(failure.kind());
    }

    /** The documented exit code of a failure of this kind. */
    static int exitCode(Failure.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> ExitCodes.INVALID_INPUT;
            case RULES_FAILED -> ExitCodes.RULES_FAILED;
            case LOCKED -> ExitCodes.LOCKED;
            case UNKNOWN_RUN -> ExitCodes.USAGE;
            case CANNOT_WRITE_REPORTS -> ExitCodes.CANNOT_WRITE_REPORTS;
            case INTERNAL_ERROR -> ExitCodes.INTERNAL_ERROR;
        };
    }
}
