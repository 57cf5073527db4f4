package dev.riskengine.workbook;

import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one workbook, so that all of them are reported together. */
final class ProblemCollector {
    private final String fileName;
    private final List<WorkbookProblem> problems = new ArrayList<>();

    ProblemCollector(String fileName) {
        this.fileName = fileName;
    }

    void add(String address, String found, String expected) {
        problems.add(new WorkbookProblem(fileName, address, found, expected));
    }

    void add(CellLocation at, String found, String expected) {
        add(at.toString(), found, expected);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<WorkbookProblem> problems() {
        return List.copyOf(problems);
    }

    /** Cell text goes in quotes so that blanks, spaces and look-alike characters stay visible. */
    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
