/**
 * The map every report draws: the assessed units' shapes in longitude and latitude (countries from
 * Natural Earth's admin-0 boundaries, shipped as a TopoJSON resource keyed by ISO3; generated grid
 * cells as cells), projected once into a picture's coordinates that report.html's SVG, summary.xlsx's
 * PNG and scores.geojson all take from here, so the three never disagree about what is drawn.
 */
package dev.riskengine.report.map;
