package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;

/**
 * The stylesheet inlined into report.html. System fonts only (no web fonts to fetch), band
 * colours generated from {@link BandColour} so the page and the workbook agree, and print rules
 * that keep colours, repeat table headers and avoid splitting a country across pages.
 */
final class HtmlStyle {

    private static final String BASE = """
            :root { --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --head: #f3f4f6; }
            * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); max-width: 1100px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 1.7em; margin: 0 0 .2em; }
            h2 { font-size: 1.3em; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 1.1em; margin: 0 0 .4em; }
            a { color: #0b57d0; text-decoration: none; }
            a:hover { text-decoration: underline; }
            code, .cells { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
            .meta, .muted, .iso { color: var(--muted); }
            .iso { font-size: .85em; font-weight: normal; }
            .lead { font-size: 1.08em; }
            figure { margin: 0 0 1em; }
            svg.chart { display: block; max-width: 100%; height: auto; font-size: 13px; }
            svg.chart .axis line { stroke: #e5e7eb; stroke-width: 1; }
            svg.chart .axis text { fill: var(--muted); font-size: 12px; }
            svg.chart .label { fill: var(--ink); }
            svg.chart .value { fill: var(--ink); font-weight: 600; }
            svg.chart .bar { stroke: rgba(0, 0, 0, .25); stroke-width: 1; }
            svg.chart .range line { stroke: #222; stroke-width: 1.6; }
            svg.chart .range.halo line { stroke: #fff; stroke-width: 4; stroke-linecap: round; opacity: .85; }
            svg.chart a:hover .label { text-decoration: underline; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: .4em 0 0 24%; font-size: .9em; }
            .swatch { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px;
                      border: 1px solid rgba(0, 0, 0, .25); }
            .whisker { display: inline-block; width: 22px; height: 10px; margin-right: 6px; vertical-align: 0;
                       border: 1.6px solid #222; border-top: 0; border-bottom: 0;
                       background: linear-gradient(#222, #222) center / 100% 1.6px no-repeat; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0 1.2em; font-size: .92em; }
            th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            thead th { background: var(--head); border-bottom: 1px solid #afb8c1; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            th.num { white-space: normal; }
            td { overflow-wrap: break-word; }
            .scroll { overflow-x: auto; }
            table.run code { word-break: break-all; }
            td.negative { color: #1a7f37; }
            .band { display: inline-block; padding: 1px 8px; border-radius: 4px; font-weight: 600; font-size: .9em; white-space: nowrap; }
            .country { border-top: 1px solid var(--rule); padding-top: .9em; margin-top: 1.2em; }
            h2 + .country { border-top: 0; padding-top: 0; margin-top: 0; }
            .country .top { font-size: .75em; font-weight: normal; margin-left: .6em; }
            .facts { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: .3em 0 .6em; }
            .facts div { display: flex; gap: 6px; }
            .facts dt { color: var(--muted); }
            .facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
            table.run th { width: 16em; font-weight: normal; color: var(--muted); background: none; }
            footer { margin-top: 2em; }
            .change { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .change.up { color: #b42318; }
            .change.down { color: #1a7f37; }
            .change.flat { color: var(--muted); }
            ul.band-changes { margin: .2em 0 .8em; padding-left: 1.2em; }
            ul.band-changes li { margin: .15em 0; }
            ul.issues { margin: .2em 0 .6em; padding-left: 1.2em; font-size: .92em; }
            .trend-line .band { font-weight: 600; padding: 0 6px; }
            svg.chart .panel-title { font-weight: 600; font-size: 14px; fill: var(--ink); }
            svg.chart rect.dim { stroke: rgba(0, 0, 0, .25); stroke-width: 1; }
            svg.chart rect.dim.threat { fill: #c2410c; }
            svg.chart rect.dim.exposure { fill: #2563eb; }
            svg.chart rect.dim.vulnerability { fill: #7c3aed; }
            svg.chart .frame { fill: none; stroke: var(--rule); }
            svg.chart .line { fill: none; stroke: #374151; stroke-width: 2; }
            svg.chart .point { stroke: #1f2328; stroke-width: 1; }
            table.methodology, table.contributions { table-layout: fixed; }
            table.methodology td.cells { font-size: .8em; }
            table.methodology th:nth-child(1) { width: 25%; } table.methodology th:nth-child(2) { width: 17%; }
            table.methodology th:nth-child(3) { width: 40%; } table.methodology th:nth-child(4) { width: 18%; }
            table.methodology tr.stage th { width: auto; }
            table.contributions th:nth-child(1) { width: 21%; } table.contributions th:nth-child(2) { width: 17%; }
            table.contributions th:nth-child(3) { width: 14%; } table.contributions th:nth-child(4) { width: 7%; }
            table.contributions th:nth-child(5) { width: 24%; } table.contributions th:nth-child(6) { width: 17%; }
            table.methodology tr.stage th { background: var(--head); font-weight: 600; }
            @page { margin: 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              table { font-size: 8.5pt; }
              svg.chart { font-size: 16px; }
              svg.chart .axis text { font-size: 14px; }
              a { color: inherit; }
              .scroll { overflow: visible; }
              h2 + .country { border-top: 0; padding-top: 0; margin-top: 0; }
            .country .top { display: none; }
              h2, h3 { break-after: avoid; }
              thead { display: table-header-group; }
              tr, figure { break-inside: avoid; }
              tr.stage { break-after: avoid; }
              .country { break-inside: avoid-page; }
            }
            """;

    private HtmlStyle() {
    }

    static String css() {
        StringBuilder css = new StringBuilder(BASE);
        for (int level = 1; level <= BandColour.levels(); level++) {
            bandRule(css, BandColour.cssClass(level), BandColour.forLevel(level));
        }
        bandRule(css, BandColour.cssClass(0), BandColour.forLevel(0));
        return css.toString();
    }

    private static void bandRule(StringBuilder css, String cssClass, BandColour colour) {
        css.append('.').append(cssClass).append(" { background: ").append(colour.fill())
                .append("; color: ").append(colour.text()).append("; }\n");
    }
}
