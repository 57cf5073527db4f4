package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.map.MapUnit;
import dev.riskengine.report.map.UnitMap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The map: a choropleth of the assessed units by band as inline SVG (no script, no tiles to
 * fetch), each shape with a hover title, a legend of the bands drawn, the units it could not
 * draw listed under it, and the same as a table for a reader who cannot see colours.
 */
final class MapSection {

    static final String CSS = """
            svg.map { display: block; width: 100%; height: auto; background: #eef4f8; border: 1px solid var(--rule); }
            svg.map .land { fill: #e4e4e4; stroke: #fff; stroke-width: .6; }
            svg.map .unit { stroke: #333; stroke-width: .7; fill-rule: evenodd; }
            svg.map .unit:hover { stroke: #000; stroke-width: 2; }
            .map-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: .5em 0; font-size: .9em; }
            """;

    private static final int TABLE_ROWS = Listing.TOP;

    private MapSection() {
    }

    static void write(StringBuilder html, List<MapUnit> units, String note) {
        UnitMap map = UnitMap.of(units);
        html.append("<section id=\"map\">\n<h2>Map</h2>\n");
        if (map.tooMany()) {
            html.append("<p class=\"muted\">Not drawn: the run has ").append(String.format(Locale.ROOT, "%,d", units.size()))
                    .append(" units, more than the ").append(String.format(Locale.ROOT, "%,d", UnitMap.MOST_DRAWN))
                    .append(" a map draws legibly. scores.geojson holds every unit.</p>\n</section>\n");
            return;
        }
        if (!map.units().isEmpty()) {
            svg(html, map);
            legend(html, map);
            html.append("<p class=\"muted\">").append(note).append(' ').append(map.grid()
                    ? "Generated grid cells in their rows and columns."
                    : "Boundaries: Natural Earth admin-0, 1:110m (public domain)"
                    + (map.units().stream().anyMatch(s -> s.unit().outline() != null)
                            ? ", and the workbook's Geometry column for units that have one" : "")
                    + ", in an equirectangular projection fitted to the assessed units.")
                    .append("</p>\n");
        }
        notDrawn(html, map);
        table(html, units);
        html.append("</section>\n");
    }

    private static void svg(StringBuilder html, UnitMap map) {
        html.append(String.format(Locale.ROOT,
                "<svg class=\"map\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Map of the assessed units coloured by band\">\n",
                UnitMap.WIDTH, map.height()));
        for (UnitMap.Shape land : map.land()) {
            html.append("<path class=\"land\" d=\"").append(land.svgPath()).append("\"/>\n");
        }
        if (map.units().size() > Listing.LARGE_ABOVE) {
            bandGroups(html, map);
            html.append("</svg>\n");
            return;
        }
        for (UnitMap.Shape shape : map.units()) {
            MapUnit unit = shape.unit();
            html.append("<path class=\"unit\" data-unit=\"").append(HtmlText.escape(unit.code()))
                    .append("\" fill=\"").append(BandColour.forLevel(unit.level()).fill()).append("\" d=\"")
                    .append(shape.svgPath()).append("\"><title>").append(HtmlText.escape(title(unit)))
                    .append("</title></path>\n");
        }
        html.append("</svg>\n");
    }

    /**
     * A large run's units as one path per band, titled with the band and its count: a title and
     * a path per unit would make the page too heavy to open; the table lists the highest-ranked.
     */
    private static void bandGroups(StringBuilder html, UnitMap map) {
        Map<Integer, StringBuilder> paths = new TreeMap<>((a, b) -> b - a);
        Map<Integer, String> bands = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (UnitMap.Shape shape : map.units()) {
            int level = shape.unit().level();
            paths.computeIfAbsent(level, l -> new StringBuilder()).append(shape.svgPath());
            bands.putIfAbsent(level, shape.unit().band());
            counts.merge(level, 1, Integer::sum);
        }
        paths.forEach((level, d) -> html.append("<path class=\"unit band-group\" fill=\"")
                .append(BandColour.forLevel(level).fill()).append("\" d=\"").append(d).append("\"><title>")
                .append(HtmlText.escape(bands.get(level))).append(": ")
                .append(String.format(Locale.ROOT, "%,d", counts.get(level))).append(" units</title></path>\n"));
    }

    static String title(MapUnit unit) {
        return (unit.name() == null ? unit.code() : unit.name() + " (" + unit.code() + ")") + ": "
                + (unit.scored() ? NumberText.score(unit.score()) + ", " : "") + unit.band();
    }

    private static void legend(StringBuilder html, UnitMap map) {
        Map<Integer, String> bands = new TreeMap<>((a, b) -> b - a);
        map.units().forEach(s -> bands.putIfAbsent(s.unit().level(), s.unit().band()));
        html.append("<ul class=\"map-legend\">\n");
        bands.forEach((level, band) -> html.append("<li><span class=\"swatch\" style=\"background:")
                .append(BandColour.forLevel(level).fill()).append("\"></span>").append(HtmlText.escape(band)).append("</li>\n"));
        if (!map.land().isEmpty()) {
            html.append("<li><span class=\"swatch\" style=\"background:#e4e4e4\"></span>Not assessed</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void notDrawn(StringBuilder html, UnitMap map) {
        List<MapUnit> missing = map.notDrawn();
        if (missing.isEmpty()) {
            return;
        }
        html.append("<p id=\"not-drawn\">").append(missing.size() == 1 ? "One unit has" : missing.size() + " units have")
                .append(" no shape to draw: ");
        int listed = Math.min(missing.size(), Listing.TOP);
        for (int i = 0; i < listed; i++) {
            MapUnit unit = missing.get(i);
            html.append(i == 0 ? "" : ", ").append("<span class=\"not-drawn\" data-unit=\"").append(HtmlText.escape(unit.code()))
                    .append("\">").append(HtmlText.escape(title(unit))).append("</span>");
        }
        if (listed < missing.size()) {
            html.append(" and ").append(String.format(Locale.ROOT, "%,d", missing.size() - listed))
                    .append(" more (scores.json has every unit)");
        }
        html.append(".</p>\n");
    }

    private static void table(StringBuilder html, List<MapUnit> units) {
        html.append("<details><summary>The map as a table</summary>\n<div class=\"scroll\"><table class=\"map-table\">\n")
                .append("<thead><tr><th>Unit</th><th>Code</th><th class=\"num\">Score</th><th>Band</th></tr></thead>\n<tbody>\n");
        for (MapUnit unit : units.subList(0, Math.min(TABLE_ROWS, units.size()))) {
            html.append("<tr><td class=\"unit-name\">").append(HtmlText.escape(unit.name() == null ? "" : unit.name())).append("</td><td>")
                    .append(HtmlText.escape(unit.code())).append("</td>")
                    .append(HtmlReport.numberCell(unit.scored() ? NumberText.score(unit.score()) : NumberText.NONE))
                    .append("<td>").append(HtmlReport.badge(unit.band(), unit.level())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        if (units.size() > TABLE_ROWS) {
            html.append("<p class=\"muted\">The ").append(TABLE_ROWS).append(" highest-ranked of ")
                    .append(String.format(Locale.ROOT, "%,d", units.size())).append(" units; scores.json has every one.</p>\n");
        }
        html.append("</details>\n");
    }
}
