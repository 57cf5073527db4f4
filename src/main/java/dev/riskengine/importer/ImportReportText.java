package dev.riskengine.importer;

import java.util.ArrayList;
import java.util.List;

/** The lines an import prints: each change or conflict with its cell, unmatched names, then a summary. */
public final class ImportReportText {
    private static final int SHOWN_UNREADABLE = 10;

    public List<String> lines(ImportResult result, String workbookName, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        String verb = dryRun ? "would " : "";
        for (CellChange change : result.changes()) {
            lines.add((change.kind() == CellChange.Kind.CONFLICT ? "conflict: " : verb + "change: ") + change.describe());
        }
        if (!result.unmatchedNames().isEmpty()) {
            lines.add("not matched to any country (" + result.unmatchedNames().size() + "): "
                    + String.join(", ", result.unmatchedNames()));
        }
        listed(lines, "neither a number nor a \"no data\" token, left out", result.source().unreadable());
        listed(lines, "a value without its range, left out", result.source().withoutRange());
        listed(lines, "a comma before three digits, read as grouping thousands, not as a decimal comma",
                result.source().eitherReading());
        long conflicts = result.count(CellChange.Kind.CONFLICT);
        lines.add(String.format("%s%s from %s: %d filled, %d overwritten, %d %s left alone, %d already equal; "
                        + "%d figures for countries not in the workbook.",
                dryRun ? "Dry run, nothing written: " : "", workbookName, result.source().fileName(),
                result.count(CellChange.Kind.FILL), result.count(CellChange.Kind.OVERWRITE),
                conflicts, conflicts == 1 ? "conflict" : "conflicts", result.unchanged(), result.figuresForOtherCountries()));
        result.backup().ifPresent(b -> lines.add("Backup of the previous workbook: " + b.getFileName()));
        if (result.written() && !result.provenanceRecorded()) {
            lines.add("The Sources sheet has no Kind, Column and Source header row: this import's source is not "
                    + "recorded there (the reports will not name it).");
        }
        if (!dryRun && !result.written()) {
            lines.add("Nothing to write: the workbook is unchanged.");
        }
        return lines;
    }

    /** One line for a kind of cell, the first {@link #SHOWN_UNREADABLE} of them named; none when there are none. */
    private static void listed(List<String> lines, String what, List<String> cells) {
        if (!cells.isEmpty()) {
            lines.add(what + " (" + cells.size() + "): " + String.join(", ", cells.subList(0,
                    Math.min(SHOWN_UNREADABLE, cells.size()))) + (cells.size() > SHOWN_UNREADABLE ? " ..." : ""));
        }
    }
}
