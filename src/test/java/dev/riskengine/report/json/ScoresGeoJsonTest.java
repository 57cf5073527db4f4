package dev.riskengine.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.SahelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scores.geojson read back with Jackson, checked against RFC 7946's structure, and each polygon
 * built as a JTS geometry and checked valid (closed rings of four or more positions, no
 * self-intersection, holes inside their shell), as QGIS needs it.
 */
class ScoresGeoJsonTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @TempDir
    Path folder;

    @Test
    void scoresGeoJsonIsAnRfc7946FeatureCollectionWithValidPolygonsAndEveryUnitsScore() throws Exception {
        Assessment assessment = SahelFixture.withInsufficient();
        Path file = folder.resolve(ScoresGeoJson.FILE_NAME);
        new ScoresGeoJson().write(assessment, SahelFixture.run(), RunComparison.firstRun(), file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = root.get("features");
        assertThat(features).hasSize(assessment.countries().size());
        int drawn = 0;
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            CountryAssessment unit = assessment.countries().get(i);
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.has("geometry")).as("geometry is required, null allowed").isTrue();
            JsonNode properties = feature.get("properties");
            assertThat(properties.get("code").asText()).isEqualTo(unit.iso3());
            assertThat(properties.get("band").asText()).isEqualTo(unit.band());
            if (unit.scored()) {
                assertThat(properties.get("score").asDouble()).isEqualTo(Math.round(unit.score() * 1000) / 1000.0);
                assertThat(properties.get("scoreLow").asDouble()).isLessThanOrEqualTo(properties.get("scoreHigh").asDouble());
                assertThat(properties.get("threat").isNumber()).isTrue();
            } else {
                assertThat(properties.get("score").isNull()).as(unit.iso3() + " has no score, not 0").isTrue();
            }
            if (!feature.get("geometry").isNull()) {
                drawn++;
                checkMultiPolygon(unit.iso3(), feature.get("geometry"));
            }
        }
        assertThat(drawn).as("the Sahel fixture's countries all have outlines").isEqualTo(features.size());
    }

    private static void checkMultiPolygon(String code, JsonNode geometry) {
        assertThat(geometry.get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(geometry.get("coordinates")).isNotEmpty();
        for (JsonNode polygon : geometry.get("coordinates")) {
            List<LinearRing> rings = new ArrayList<>();
            for (JsonNode ring : polygon) {
                List<Coordinate> positions = new ArrayList<>();
                for (JsonNode position : ring) {
                    assertThat(position).hasSize(2);
                    double lon = position.get(0).asDouble();
                    double lat = position.get(1).asDouble();
                    assertThat(lon).as(code + " longitude").isBetween(-180.0, 180.0);
                    assertThat(lat).as(code + " latitude").isBetween(-90.0, 90.0);
                    positions.add(new Coordinate(lon, lat));
                }
                assertThat(positions.size()).as(code + " ring of four or more positions").isGreaterThanOrEqualTo(4);
                assertThat(positions.get(0)).as(code + " ring closed").isEqualTo(positions.get(positions.size() - 1));
                rings.add(GEOMETRY.createLinearRing(positions.toArray(Coordinate[]::new)));
            }
            // RFC 7946 3.1.6: exterior rings counter-clockwise, holes clockwise
            assertThat(Orientation.isCCW(rings.get(0).getCoordinates())).as(code + " shell counter-clockwise").isTrue();
            for (LinearRing hole : rings.subList(1, rings.size())) {
                assertThat(Orientation.isCCW(hole.getCoordinates())).as(code + " hole clockwise").isFalse();
            }
            Polygon shape = GEOMETRY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
            IsValidOp valid = new IsValidOp(shape);
            assertThat(valid.isValid()).as(code + ": " + valid.getValidationError()).isTrue();
        }
    }
}
