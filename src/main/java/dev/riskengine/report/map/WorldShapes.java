package dev.riskengine.report.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines in degrees, by ISO3, decoded from the shipped TopoJSON resource: Natural Earth's
 * admin-0 boundaries at 1:110m (public domain) as the {@code world-atlas} package carries them, its
 * ISO 3166 numeric ids replaced by alpha-3 codes (see {@code ATTRIBUTION.md} beside it). TopoJSON
 * stores each shared border once as a quantized, delta-encoded arc; a ring is a list of arcs, an arc
 * index {@code ~i} meaning arc {@code i} reversed.
 */
public final class WorldShapes {

    static final String RESOURCE = "countries-110m.json";

    private static final class Loaded {
        static final WorldShapes SHAPES = load();
    }

    private final Map<String, List<Ring>> byCode;

    private WorldShapes(Map<String, List<Ring>> byCode) {
        this.byCode = byCode;
    }

    /** The shipped boundaries, read once per process. */
    public static WorldShapes shipped() {
        return Loaded.SHAPES;
    }

    /** The unit's rings (outer and holes alike, drawn with the even-odd rule), empty when the resource has none for it. */
    public Optional<List<Ring>> rings(String iso3) {
        return Optional.ofNullable(byCode.get(iso3));
    }

    /** Every country with its rings, in the resource's order: the grey land around the assessed units. */
    public Map<String, List<Ring>> all() {
        return Collections.unmodifiableMap(byCode);
    }

    /**
     * A closed ring of positions in degrees: {@code lon[i]}, {@code lat[i]}, the last equal to the
     * first; {@code outer} for a polygon's first ring, false for the holes that follow it.
     */
    public record Ring(double[] lon, double[] lat, boolean outer) {
        public int size() {
            return lon.length;
        }
    }

    private static WorldShapes load() {
        try (InputStream in = WorldShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map boundaries " + RESOURCE + " are missing from the jar");
            }
            return decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the map boundaries " + RESOURCE, e);
        }
    }

    static WorldShapes decode(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asDouble(); // positions are deltas from the one before
                y += arc.get(i).get(1).asDouble();
                points[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(points);
        }
        Map<String, List<Ring>> byCode = new LinkedHashMap<>();
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String code = geometry.path("id").asText();
            List<Ring> rings = byCode.computeIfAbsent(code, c -> new ArrayList<>());
            JsonNode polygons = geometry.path("arcs");
            if ("Polygon".equals(geometry.path("type").asText())) {
                addPolygon(rings, polygons, arcs);
            } else {
                polygons.forEach(polygon -> addPolygon(rings, polygon, arcs));
            }
        }
        return new WorldShapes(byCode);
    }

    private static void addPolygon(List<Ring> rings, JsonNode polygon, List<double[][]> arcs) {
        boolean outer = true;
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = arcs.get(i >= 0 ? i : ~i);
                for (int k = 0; k < arc.length; k++) {
                    double[] point = arc[i >= 0 ? k : arc.length - 1 - k];
                    if (k > 0 || points.isEmpty()) { // an arc starts where the one before ended
                        points.add(point);
                    }
                }
            }
            double[] lon = new double[points.size()];
            double[] lat = new double[points.size()];
            for (int k = 0; k < points.size(); k++) {
                lon[k] = points.get(k)[0];
                lat[k] = points.get(k)[1];
            }
            rings.add(new Ring(lon, lat, outer));
            outer = false;
        }
    }
}
