package dev.riskengine.report.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.UnitOutline;
import dev.riskengine.report.map.WorldShapes.Ring;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UnitMapTest {

    @Test
    void everySahelAndNorthAfricanCountryResolvesFromIsoNumericToItsOutline() {
        // world-atlas ids are ISO 3166 numeric (Mali 466, Western Sahara 732); the shipped file is keyed by alpha-3
        List<String> codes = List.of("MLI", "NER", "TCD", "BFA", "MRT", "SEN", "GMB", "GIN", "NGA", "SDN", "SSD", "ERI",
                "DZA", "LBY", "EGY", "TUN", "MAR", "ESH", "CIV", "CMR");
        for (String code : codes) {
            assertThat(WorldShapes.shipped().rings(code)).as(code).isPresent();
        }
        // Mali lies between 12°W and 5°E, 10°N and 25°N: decoded, not merely present
        List<Ring> mali = WorldShapes.shipped().rings("MLI").orElseThrow();
        assertThat(java.util.Arrays.stream(mali.get(0).lon()).boxed()).allSatisfy(lon -> assertThat(lon).isBetween(-12.5, 4.5));
        assertThat(java.util.Arrays.stream(mali.get(0).lat()).boxed()).allSatisfy(lat -> assertThat(lat).isBetween(10.0, 25.1));
        assertThat(WorldShapes.shipped().all()).hasSizeGreaterThan(170).doesNotContainKey("");
    }

    @Test
    void topoJsonArcsAreDeltaDecodedScaledAndReversedForANegativeIndex() throws Exception {
        String topology = """
                {"type":"Topology","transform":{"scale":[0.5,2],"translate":[10,20]},
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"AAA","arcs":[[0,1]]},
                   {"type":"MultiPolygon","id":"BBB","arcs":[[[-2,2]]]}]}},
                 "arcs":[[[0,0],[4,0],[0,1]],[[4,1],[-4,0],[0,-1]],[[0,0],[4,1]]]}
                """;
        WorldShapes shapes = WorldShapes.decode(new ObjectMapper().readTree(topology));

        Ring a = shapes.rings("AAA").orElseThrow().get(0);
        assertThat(a.lon()).containsExactly(10, 12, 12, 10, 10);
        assertThat(a.lat()).containsExactly(20, 20, 22, 22, 20);
        assertThat(a.outer()).isTrue();
        Ring b = shapes.rings("BBB").orElseThrow().get(0); // arc 1 reversed, then arc 2
        assertThat(b.lon()).containsExactly(10, 10, 12, 12);
        assertThat(b.lat()).containsExactly(20, 22, 22, 22);
    }

    @Test
    void countriesAreProjectedInsideThePictureFittedToTheAssessedExtent() {
        UnitMap map = UnitMap.of(List.of(unit("MLI", 6.1, 4), unit("NER", 4.5, 3), unit("TUN", 5.1, 4)));

        assertThat(map.units()).extracting(s -> s.unit().code()).containsExactly("MLI", "NER", "TUN");
        assertThat(map.notDrawn()).isEmpty();
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (UnitMap.Shape shape : map.units()) {
            for (double[] ring : shape.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    minX = Math.min(minX, ring[i]);
                    maxX = Math.max(maxX, ring[i]);
                    minY = Math.min(minY, ring[i + 1]);
                    maxY = Math.max(maxY, ring[i + 1]);
                }
            }
        }
        assertThat(minX).isGreaterThan(0);
        assertThat(maxX).isLessThan(UnitMap.WIDTH);
        assertThat(minY).isGreaterThan(0);
        assertThat(maxY).isLessThan(map.height());
        // fitted: the assessed units fill most of the picture's width or height, not a corner of a world map
        assertThat(Math.max((maxX - minX) / UnitMap.WIDTH, (maxY - minY) / map.height())).isGreaterThan(0.85);
        // Tunisia is north of Niger: y grows downwards
        assertThat(map.units().get(2).rings().get(0)[1]).isLessThan(map.units().get(1).rings().get(0)[1]);
        assertThat(map.land()).isNotEmpty(); // Algeria, Libya... in grey around them
    }

    @Test
    void generatedGridCellsAreDrawnAsSquaresInTheirRowsAndColumns() {
        UnitMap map = UnitMap.of(List.of(cell(1, 1), cell(1, 2), cell(2, 1), new MapUnit("XSG-000099", "Odd", 1, "Low", 1)));

        assertThat(map.grid()).isTrue();
        assertThat(map.units()).hasSize(3);
        double[] first = map.units().get(0).rings().get(0);
        double[] right = map.units().get(1).rings().get(0);
        double[] below = map.units().get(2).rings().get(0);
        double side = first[2] - first[0];
        assertThat(first[5] - first[1]).isCloseTo(side, within(1e-9));
        assertThat(right[0]).isCloseTo(first[0] + side, within(1e-9));
        assertThat(below[1]).isCloseTo(first[1] + side, within(1e-9));
        assertThat(map.notDrawn()).extracting(MapUnit::code).containsExactly("XSG-000099");
    }

    @Test
    void aRegionWithoutAnOutlineIsListedUnderTheMapNotDropped() {
        UnitMap map = UnitMap.of(List.of(unit("MLI", 6.1, 4), unit("MLI-06", 7.0, 5), unit("QQQ", 1, 1)));

        assertThat(map.units()).extracting(s -> s.unit().code()).containsExactly("MLI");
        assertThat(map.notDrawn()).extracting(MapUnit::code).containsExactly("MLI-06", "QQQ");
    }

    @Test
    void subNationalUnitsWithAGeometryColumnAreDrawnByTheirOutlineBesideCountries() {
        // given: two Malian regions with an outline of their own (Kidal roughly, and a square with a hole), one without
        MapUnit kidal = new MapUnit("MLI-08", "Kidal", 7.0, "Band 5", 5,
                UnitOutline.parseWkt("POLYGON((0 17, 4.2 17, 4.2 21, 0 21, 0 17))"));
        MapUnit holed = new MapUnit("MLI-06", "Gao", 6.0, "Band 4", 4,
                UnitOutline.parseWkt("MULTIPOLYGON(((-1 14, 3 14, 3 17, -1 17, -1 14), (0 15, 1 15, 1 16, 0 16, 0 15)))"));

        // when
        UnitMap map = UnitMap.of(List.of(kidal, holed, unit("NER", 4.5, 3), unit("MLI-01", 3, 2)));

        // then: both regions are shapes (outer ring and hole), placed by their degrees; the one without is listed
        assertThat(map.units()).extracting(s -> s.unit().code()).containsExactly("MLI-08", "MLI-06", "NER");
        assertThat(map.units().get(1).rings()).hasSize(2);
        double[] kidalRing = map.units().get(0).rings().get(0);
        double[] gaoRing = map.units().get(1).rings().get(0);
        assertThat(kidalRing[1]).as("Kidal's south edge (17 N) lies north of, above, Gao's (14 N)").isLessThan(gaoRing[1]);
        assertThat(map.units().get(0).svgPath()).startsWith("M").endsWith("Z");
        assertThat(map.notDrawn()).extracting(MapUnit::code).containsExactly("MLI-01");
        assertThat(UnitMap.geographic("MLI-08", kidal.outline())).get().satisfies(rings -> assertThat(rings.get(0).lat()[2]).isEqualTo(21));
    }

    @Test
    void aGeometryThatIsNotAPolygonInWktIsRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> UnitOutline.parseWkt("POINT(1 2)")).hasMessageContaining("POLYGON or MULTIPOLYGON");
        assertThatThrownBy(() -> UnitOutline.parseWkt("POLYGON((1 2, 3 4, 1 2))")).hasMessageContaining("three distinct");
        assertThatThrownBy(() -> UnitOutline.parseWkt("POLYGON((1 2, 3 x, 5 6, 1 2))")).hasMessageContaining("\"3 x\"");
        assertThatThrownBy(() -> UnitOutline.parseWkt("POLYGON((200 2, 3 4, 5 6, 200 2))")).hasMessageContaining("-180 to 180");
        assertThatThrownBy(() -> UnitOutline.parseWkt("POLYGON((1 2, 3 4, 5 6)")).hasMessageContaining("balanced");
        assertThat(UnitOutline.parseWkt("polygon ((1 2, 3 4, 5 6))").rings().get(0).size()).as("closed when left open").isEqualTo(4);
    }

    @Test
    void aRunOfMoreUnitsThanAMapDrawsIsNotDrawn() {
        List<MapUnit> units = java.util.stream.IntStream.range(0, UnitMap.MOST_DRAWN + 1).mapToObj(i -> unit("MLI", 1, 1)).toList();

        assertThat(UnitMap.of(units).tooMany()).isTrue();
        assertThat(UnitMap.of(units).units()).isEmpty();
    }

    private static MapUnit unit(String code, double score, int level) {
        return new MapUnit(code, code, score, "Band " + level, level);
    }

    private static MapUnit cell(int row, int column) {
        return new MapUnit(String.format("XSG-%06d", row * 10 + column), "Grid cell r" + row + " c" + column, 3, "Low", 2);
    }
}
