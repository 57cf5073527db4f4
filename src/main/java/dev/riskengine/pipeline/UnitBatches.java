package dev.riskengine.pipeline;

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
 * Each batch is a compact patch of neighbouring units, grown breadth-first over the border graph
 * from the first unit not yet taken (seeds follow one sweep over the graph, so patches tile it
 * like a flood fill rather than in thin stripes), and carries a halo: the units within
 * {@code haloDepth} borders of it. Rules that reason across borders (spillover reads a
 * neighbour's THREAT) then see in a batch everything they would see in one session over the whole
 * workbook; the halo's own results are thrown away. Compact patches keep the halo, work done
 * twice, a small share.
 */
public final class UnitBatches {

    /** The units a batch assesses, and the halo units it needs as context only. */
    public record Batch(List<String> assessed, Set<String> halo) { }

    private UnitBatches() {
    }

    public static List<Batch> of(List<Country> countries, List<Border> borders, int batchSize, int haloDepth) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Border border : borders) {
            neighbours.computeIfAbsent(border.getIso3(), k -> new ArrayList<>()).add(border.getNeighbour());
        }
        Set<String> known = new HashSet<>();
        countries.forEach(c -> known.add(c.getIso3()));
        Set<String> taken = new HashSet<>();
        List<Batch> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String seed : sweep(countries, neighbours, known)) {
            if (taken.contains(seed)) {
                continue;
            }
            grow(seed, neighbours, known, taken, current, batchSize);
            if (current.size() >= batchSize) {
                batches.add(new Batch(List.copyOf(current), halo(current, neighbours, known, haloDepth)));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(List.copyOf(current), halo(current, neighbours, known, haloDepth)));
        }
        return batches;
    }

    /** Adds untaken units breadth-first from the seed to the batch until it is full or the seed's group is used up. */
    private static void grow(String seed, Map<String, List<String>> neighbours, Set<String> known, Set<String> taken,
                             List<String> batch, int batchSize) {
        Deque<String> queue = new ArrayDeque<>();
        taken.add(seed);
        queue.add(seed);
        while (!queue.isEmpty() && batch.size() < batchSize) {
            String unit = queue.poll();
            batch.add(unit);
            for (String next : neighbours.getOrDefault(unit, List.of())) {
                if (known.contains(next) && taken.add(next)) {
                    queue.add(next);
                }
            }
        }
        queue.forEach(taken::remove); // reached but not added: left for the next batch
    }

    /** Every unit once, breadth-first over the border graph, one connected group after another. */
    private static List<String> sweep(List<Country> countries, Map<String, List<String>> neighbours, Set<String> known) {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Country start : countries) {
            if (!visited.add(start.getIso3())) {
                continue;
            }
            queue.add(start.getIso3());
            while (!queue.isEmpty()) {
                for (String next : neighbours.getOrDefault(queue.poll(), List.of())) {
                    if (known.contains(next) && visited.add(next)) {
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
