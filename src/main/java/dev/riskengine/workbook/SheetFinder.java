package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Finds the sheets the engine reads by name; any other sheet (notes, charts) is left alone. */
final class SheetFinder {
    private final Workbook workbook;
    private final ProblemCollector problems;

    SheetFinder(Workbook workbook, ProblemCollector problems) {
        this.workbook = workbook;
        this.problems = problems;
    }

    /** The sheet, or empty after reporting it missing (or present twice under near-equal names). */
    Optional<Sheet> find(String name) {
        NameKey wanted = NameKey.of(name);
        List<Sheet> matches = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(sheet -> {
            if (NameKey.of(sheet.getSheetName()).equals(wanted)) {
                matches.add(sheet);
            }
        });
        if (matches.isEmpty()) {
            problems.add(name, "no sheet " + quoted(name) + " (sheets: " + sheetNames() + ")",
                    "a sheet named " + quoted(name));
            return Optional.empty();
        }
        if (matches.size() > 1) {
            // "Countries" and "countries " are both possible in Excel; reading either would be a guess.
            problems.add(name, "sheets " + matches.stream().map(s -> quoted(s.getSheetName()))
                    .collect(Collectors.joining(" and ")), "one sheet named " + quoted(name));
            return Optional.empty();
        }
        return Optional.of(matches.get(0));
    }

    private String sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(sheet -> names.add(quoted(sheet.getSheetName())));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
