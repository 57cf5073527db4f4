package dev.riskengine.ruletest;

import java.util.List;

/** A case file that cannot be run: every problem is one line naming the file and line. */
public final class MalformedCaseFileException extends Exception {
    private final List<String> problems;

    public MalformedCaseFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
