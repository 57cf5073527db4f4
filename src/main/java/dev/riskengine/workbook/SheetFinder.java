package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.DataIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the sheets the engine reads by name; any other sheet (notes, charts) is left alone. */
final class SheetFinder {
    private final WorkbookSource workbook;
    private final ProblemCollector problems;
    private final List<DataIssue> warnings = new ArrayList<>();

    SheetFinder(WorkbookSource workbook, ProblemCollector problems) {
        this.workbook = workbook;
        this.problems = problems;
    }

    /** The sheet, or empty after reporting it missing (or present twice under near-equal names). */
    Optional<SheetSource> find(String name) {
        NameKey wanted = NameKey.of(name);
        List<String> matches = new ArrayList<>();
        for (String sheet : workbook.sheetNames()) {
            if (NameKey.of(sheet).equals(wanted)) {
                matches.add(sheet);
            }
        }
        if (matches.isEmpty()) {
            problems.add(name, "no sheet " + quoted(name) + " (sheets: " + sheetNames() + ")",
                    "a sheet named " + quoted(name));
            return Optional.empty();
        }
        if (matches.size() > 1) {
            // "Countries" and "countries " are both possible in Excel; reading either would be a guess.
            problems.add(name, "sheets " + matches.stream().map(ProblemCollector::quoted)
                    .collect(Collectors.joining(" and ")), "one sheet named " + quoted(name));
            return Optional.empty();
        }
        if (workbook.hidden(matches.get(0))) {
            // A copy reworked beside a hidden original is read as the original: the tab one sees is not the one assessed.
            warnings.add(DataIssue.warning(null, matches.get(0), "sheet " + quoted(matches.get(0)) + " is hidden in the"
                    + " workbook, and its cells are read all the same: unhide it to see what is assessed"));
        }
        return Optional.of(workbook.sheet(matches.get(0)));
    }

    /** A warning for each sheet found that is hidden in the workbook. */
    List<DataIssue> warnings() {
        return List.copyOf(warnings);
    }

    private String sheetNames() {
        List<String> names = workbook.sheetNames().stream().map(ProblemCollector::quoted).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
