package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the sheets the engine reads by name; any other sheet (notes, charts) is left alone. */
final class SheetFinder {
    private final WorkbookSource workbook;
    private final ProblemCollector problems;

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
        return Optional.of(workbook.sheet(matches.get(0)));
    }

    private String sheetNames() {
        List<String> names = workbook.sheetNames().stream().map(ProblemCollector::quoted).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
