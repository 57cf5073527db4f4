package dev.riskengine.workbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The workbook cannot be assessed. It carries every problem found, not just the first, so an
 * analyst can fix the whole workbook in one pass; the message has one line per problem.
 */
public final class InvalidWorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<WorkbookProblem> problems;
    private final String input;

    public InvalidWorkbookException(List<WorkbookProblem> problems) {
        this(problems, "the workbook");
    }

    /** @param input what was read, as the closing line names it: "the workbook" or "the folder" */
    public InvalidWorkbookException(List<WorkbookProblem> problems, String input) {
        super(problems.stream().map(WorkbookProblem::message).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid workbook needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.input = input;
    }

    /** What was read, as a summary line names it: "the workbook", or "the folder" of a long-form input. */
    public String input() {
        return input;
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
