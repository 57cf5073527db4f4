package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.Border;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Borders rows into one {@link Border} per direction. Analysts may enter a border once
 * (the other direction follows) or once from each side; two rows for one pair must then give the
 * same length, and no direction may be entered twice.
 */
final class BorderPairs {
    /** Lengths typed on both sides are the same figure; only floating-point noise is tolerated. */
    private static final double SAME_LENGTH = 1e-9;

    private final ProblemCollector problems;

    BorderPairs(ProblemCollector problems) {
        this.problems = problems;
    }

    List<Border> combine(List<BorderRow> rows) {
        Map<PairKey, List<BorderRow>> pairs = new LinkedHashMap<>();
        for (BorderRow row : rows) {
            List<BorderRow> pair = pairs.computeIfAbsent(pairKey(row), key -> new ArrayList<>(2)); // one or both sides
            if (pair.isEmpty()) {
                pair.add(row);
            } else if (pair.size() == 1 && pair.get(0).iso3().equals(row.neighbour())) {
                checkSameLength(pair.get(0), row);
                pair.add(row);
            } else {
                BorderRow first = pair.get(0).iso3().equals(row.iso3()) ? pair.get(0) : pair.get(1);
                problems.add(row.iso3Cell(), quoted(row.iso3()) + " to " + quoted(row.neighbour())
                        + " a second time (first at " + first.iso3Cell() + ")",
                        "each border once, or once from each side");
            }
        }
        List<Border> borders = new ArrayList<>();
        for (List<BorderRow> pair : pairs.values()) {
            BorderRow first = pair.get(0);
            String firstCell = first.lengthCell().toString();
            borders.add(new Border(first.iso3(), first.neighbour(), first.lengthKm(), firstCell));
            if (pair.size() == 2) {
                BorderRow back = pair.get(1);
                borders.add(new Border(back.iso3(), back.neighbour(), back.lengthKm(), back.lengthCell().toString()));
            } else if (first.neighbourAssessed()) {
                borders.add(new Border(first.neighbour(), first.iso3(), first.lengthKm(), firstCell));
            }
        }
        return borders;
    }

    private void checkSameLength(BorderRow first, BorderRow back) {
        if (Math.abs(first.lengthKm() - back.lengthKm()) > SAME_LENGTH) {
            problems.add(back.lengthCell(), NumberText.plain(back.lengthKm()) + " km here but "
                    + NumberText.plain(first.lengthKm()) + " km at " + first.lengthCell(),
                    "the same length from both sides of the " + first.iso3() + "-" + first.neighbour() + " border");
        }
    }

    /** The two countries of a border, in alphabetical order: the same key for both directions. */
    private record PairKey(String first, String second) { }

    private static PairKey pairKey(BorderRow row) {
        return row.iso3().compareTo(row.neighbour()) < 0
                ? new PairKey(row.iso3(), row.neighbour()) : new PairKey(row.neighbour(), row.iso3());
    }
}
