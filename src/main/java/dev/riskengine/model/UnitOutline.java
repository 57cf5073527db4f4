package dev.riskengine.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A unit's own outline from the Countries sheet's Geometry column: WKT {@code POLYGON} or
 * {@code MULTIPOLYGON} in longitude and latitude degrees (WGS 84), as QGIS and PostGIS write it.
 * Each ring is closed (its last position equal to its first, added when the analyst left it off);
 * the first ring of each polygon is its outer ring, the others its holes.
 */
public record UnitOutline(List<Ring> rings) implements Serializable {

    /** Positions in degrees, {@code lon[i]}, {@code lat[i]}; {@code outer} for a polygon's first ring. */
    public record Ring(double[] lon, double[] lat, boolean outer) implements Serializable {
        public int size() {
            return lon.length;
        }
    }

    public UnitOutline {
        rings = List.copyOf(rings);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong (as "expected ..." text), for a text that
     *         is not a POLYGON or MULTIPOLYGON of at least three distinct positions per ring within
     *         -180..180 and -90..90
     */
    public static UnitOutline parseWkt(String text) {
        String wkt = text.strip();
        String keyword = wkt.toUpperCase(Locale.ROOT); // the analyst's own spelling of the numbers is quoted back
        List<Ring> rings = new ArrayList<>();
        if (keyword.startsWith("MULTIPOLYGON")) {
            String body = body(wkt.substring("MULTIPOLYGON".length()));
            for (String polygon : split(body)) {
                polygon(body(polygon), rings);
            }
        } else if (keyword.startsWith("POLYGON")) {
            polygon(body(wkt.substring("POLYGON".length())), rings);
        } else {
            throw new IllegalArgumentException("a POLYGON or MULTIPOLYGON in WKT");
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a POLYGON or MULTIPOLYGON with at least one ring");
        }
        return new UnitOutline(rings);
    }

    /**
     * The outline as WKT, the inverse of {@link #parseWkt}: a POLYGON, or a MULTIPOLYGON when it has
     * more than one outer ring; each number as short as reads back to the same double.
     */
    public String toWkt() {
        List<StringBuilder> polygons = new ArrayList<>();
        for (Ring ring : rings) {
            if (ring.outer() || polygons.isEmpty()) {
                polygons.add(new StringBuilder());
            } else {
                polygons.get(polygons.size() - 1).append(", ");
            }
            StringBuilder polygon = polygons.get(polygons.size() - 1).append('(');
            for (int i = 0; i < ring.size(); i++) {
                polygon.append(i == 0 ? "" : ", ").append(plain(ring.lon()[i])).append(' ').append(plain(ring.lat()[i]));
            }
            polygon.append(')');
        }
        if (polygons.size() == 1) {
            return "POLYGON(" + polygons.get(0) + ")";
        }
        return "MULTIPOLYGON(" + String.join(", ", polygons.stream().map(p -> "(" + p + ")").toList()) + ")";
    }

    private static String plain(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static void polygon(String body, List<Ring> rings) {
        boolean outer = true;
        for (String ring : split(body)) {
            rings.add(ring(body(ring), outer));
            outer = false;
        }
    }

    private static Ring ring(String positions, boolean outer) {
        String[] pairs = positions.split(",");
        List<double[]> points = new ArrayList<>();
        for (String pair : pairs) {
            String[] xy = pair.strip().split("\\s+");
            if (xy.length < 2) {
                throw new IllegalArgumentException("positions as \"longitude latitude\" pairs separated by commas");
            }
            double lon;
            double lat;
            try {
                lon = Double.parseDouble(xy[0]);
                lat = Double.parseDouble(xy[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("positions as \"longitude latitude\" numbers, found \"" + pair.strip() + "\"");
            }
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("longitude -180 to 180 and latitude -90 to 90 in degrees, found \""
                        + pair.strip() + "\"");
            }
            points.add(new double[] {lon, lat});
        }
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            points.add(first);
        }
        if (points.size() < 4) {
            throw new IllegalArgumentException("rings of at least three distinct positions");
        }
        double[] lon = new double[points.size()];
        double[] lat = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            lon[i] = points.get(i)[0];
            lat[i] = points.get(i)[1];
        }
        return new Ring(lon, lat, outer);
    }

    /** The text inside the outermost parentheses. */
    private static String body(String text) {
        String t = text.strip();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("a POLYGON or MULTIPOLYGON in WKT with balanced parentheses, "
                    + "such as POLYGON((1 14, 4 14, 4 17, 1 17, 1 14))");
        }
        return t.substring(1, t.length() - 1);
    }

    /** The parenthesised items of a comma-separated list, at the outermost level. */
    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    items.add(list.substring(start, i + 1));
                } else if (depth < 0) {
                    break;
                }
            }
        }
        if (depth != 0 || items.isEmpty()) {
            throw new IllegalArgumentException("a POLYGON or MULTIPOLYGON in WKT with balanced parentheses, "
                    + "such as POLYGON((1 14, 4 14, 4 17, 1 17, 1 14))");
        }
        return items;
    }
}
