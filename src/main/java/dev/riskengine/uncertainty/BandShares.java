package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bands a set of draws gave: in which order to list them, and each unit's share of draws in each. */
final class BandShares {

    private BandShares() {
    }

    /** Every band seen, lowest level first (equal levels by name), as every report lists them. */
    static List<String> order(Map<String, Integer> levelsByBand) {
        List<String> order = new ArrayList<>(levelsByBand.keySet());
        order.sort(Comparator.comparing((String band) -> levelsByBand.get(band)).thenComparing(band -> band));
        return order;
    }

    /** One unit's share of draws in each band of {@code order}; a band it never reached has 0. */
    static Map<String, Double> of(String[] drawnBands, List<String> order) {
        Map<String, Integer> counts = new HashMap<>();
        for (String band : drawnBands) {
            counts.merge(band, 1, Integer::sum);
        }
        return of(counts, drawnBands.length, order);
    }

    /** The same from the number of draws in each band, out of {@code draws}. */
    static Map<String, Double> of(Map<String, Integer> counts, int draws, List<String> order) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String band : order) {
            shares.put(band, counts.getOrDefault(band, 0) / (double) draws);
        }
        return shares;
    }
}
