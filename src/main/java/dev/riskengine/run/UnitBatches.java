package dev.riskengine.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;

/**
 * Splits the units of a large workbook into batches that can be assessed in separate sessions.
 * Units are taken in breadth-first order over the border graph, so a batch is a compact patch of
 * neighbouring units (each connected group of the graph is walked whole before the next), and
 * each batch carries a halo: the units within {@code haloDepth} borders of it. Rules that reason
 * across borders (spillover reads a neighbour's THREAT) then see in a batch everything they
 * would see in one session over the whole workbook; the halo's own results are thrown away.
 */
final class UnitBatches {

    /** The units a batch assesses, and the halo units it needs as context only. */
    record Batch(List<String> assessed, Set<String> halo) { }

    private UnitBatches() {
    }

    static List<Batch> of(List<Country> countries, List<Border> borders, int batchSize, int haloDepth) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Border border : borders) {
            neighbours.computeIfAbsent(border.getIso3(), k -> new ArrayList<>()).add(border.getNeighbour());
        }
        List<String> order = breadthFirst(countries, neighbours);
        Set<String> known = new HashSet<>(order);
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += batchSize) {
            List<String> assessed = order.subList(from, Math.min(order.size(), from + batchSize));
            batches.add(new Batch(List.copyOf(assessed), halo(assessed, neighbours, known, haloDepth)));
        }
        return batches;
    }

    private static List<String> breadthFirst(List<Country> countries, Map<String, List<String>> neighbours) {
        Set<String> assessed = new HashSet<>();
        countries.forEach(c -> assessed.add(c.getIso3()));
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Country start : countries) {
            if (!visited.add(start.getIso3())) {
                continue;
            }
            queue.add(start.getIso3());
            while (!queue.isEmpty()) {
                for (String next : neighbours.getOrDefault(queue.poll(), List.of())) {
                    if (assessed.contains(next) && visited.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return new ArrayList<>(visited);
    }

    private static Set<String> halo(List<String> assessed, Map<String, List<String>> neighbours, Set<String> known,
                                    int depth) {
        Set<String> inBatch = new HashSet<>(assessed);
        Set<String> halo = new LinkedHashSet<>();
        List<String> frontier = assessed;
        for (int step = 0; step < depth; step++) {
            List<String> next = new ArrayList<>();
            for (String unit : frontier) {
                for (String neighbour : neighbours.getOrDefault(unit, List.of())) {
                    if (known.contains(neighbour) && !inBatch.contains(neighbour) && halo.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return halo;
    }
}
