package dev.riskengine.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.map.UnitMap;
import dev.riskengine.report.map.WorldShapes.Ring;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * scores.geojson: every assessed unit as an RFC 7946 Feature, for GIS programs (QGIS opens it as
 * a layer). A unit's geometry is its own outline from the workbook's Geometry column, or a country's
 * Natural Earth outline, in WGS 84 degrees as a MultiPolygon, outer rings counter-clockwise and holes
 * clockwise as RFC 7946 asks; a unit with no place on Earth (a region without a Geometry, a
 * generated grid cell) has a null geometry, which the
 * RFC allows, so its scores are still in the layer's table. Properties hold the unit's score,
 * band, dimensions and range as scores.json does. Written as a stream, compact, in ranking order.
 */
public final class ScoresGeoJson {

    public static final String FILE_NAME = "scores.geojson";
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", "scores " + run.runId());
            json.writeArrayFieldStart("features");
            for (CountryAssessment unit : assessment.countries()) {
                feature(json, unit, assessment.year());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void feature(JsonGenerator json, CountryAssessment unit, int year) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", unit.iso3());
        json.writeObjectFieldStart("properties");
        json.writeStringField("code", unit.iso3());
        json.writeStringField("name", unit.country().getName());
        json.writeStringField("region", unit.country().getRegion());
        json.writeNumberField("year", year);
        number(json, "rank", unit.scored() ? unit.rank() : Double.NaN);
        number(json, "score", unit.score());
        json.writeStringField("band", unit.band());
        number(json, "bandLevel", unit.scored() ? unit.bandLevel() : Double.NaN);
        number(json, "scoreLow", unit.scoreLow());
        number(json, "scoreHigh", unit.scoreHigh());
        for (Dimension dimension : Dimension.values()) {
            Double value = unit.shownDimension(dimension);
            number(json, dimension.name().toLowerCase(Locale.ROOT), value == null ? Double.NaN : value);
        }
        json.writeEndObject();
        Optional<List<Ring>> rings = UnitMap.geographic(unit.iso3(), unit.country().getOutline());
        if (rings.isEmpty()) {
            json.writeNullField("geometry");
        } else {
            geometry(json, rings.get());
        }
        json.writeEndObject();
    }

    // Flat properties rather than nested objects: a GIS program shows each as a column it can colour by.
    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, Math.round(value * 1000) / 1000.0);
        }
    }

    private static void geometry(JsonGenerator json, List<Ring> rings) throws IOException {
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "MultiPolygon");
        json.writeArrayFieldStart("coordinates");
        List<List<Ring>> polygons = new ArrayList<>();
        for (Ring ring : rings) {
            if (ring.outer() || polygons.isEmpty()) {
                polygons.add(new ArrayList<>());
            }
            polygons.get(polygons.size() - 1).add(ring);
        }
        for (List<Ring> polygon : polygons) {
            json.writeStartArray();
            for (Ring ring : polygon) {
                ring(json, ring, ring.outer());
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void ring(JsonGenerator json, Ring ring, boolean counterClockwise) throws IOException {
        boolean reverse = (signedArea(ring) > 0) != counterClockwise;
        json.writeStartArray();
        for (int k = 0; k < ring.size(); k++) {
            int i = reverse ? ring.size() - 1 - k : k;
            json.writeStartArray();
            json.writeNumber(Math.round(ring.lon()[i] * 1e5) / 1e5); // about a metre: far finer than 1:110m
            json.writeNumber(Math.round(ring.lat()[i] * 1e5) / 1e5);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Positive for a counter-clockwise ring in longitude and latitude (the shoelace formula). */
    private static double signedArea(Ring ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.lon()[i] * ring.lat()[i + 1] - ring.lon()[i + 1] * ring.lat()[i];
        }
        return sum / 2;
    }
}
