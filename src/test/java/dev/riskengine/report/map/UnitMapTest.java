package dev.riskengine.report.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.report.map.WorldShapes.Ring;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
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
