package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Border;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A batch drawn on its own (as a Spark task draws it) against the whole year's draw. */
class DrawnFactsTest {

    @Test
    void aBatchDrawnOnItsOwnGetsTheValuesTheWholeYearsDrawGivesItsUnits() throws Exception {
        IndicatorWorkbook sample = new WorkbookReader().read(Path.of("inputs/indicators.xlsx"));
        List<Indicator> year = sample.indicatorsOf(2015);
        assertThat(year.stream().filter(Indicator::isRange).count()).as("ranged indicators in 2015").isGreaterThan(3);
        // a batch of units from the end and the middle of the year, in another order, with a border among its facts
        List<Object> batch = new ArrayList<>(year.stream().filter(i -> Set.of("TUN", "MAR", "LBY").contains(i.getIso3())).toList());
        Collections.reverse(batch);
        Border border = sample.borders().get(0);
        batch.add(1, border);

        DrawnFacts drawnFacts = DrawnFacts.of(year, batch);

        for (int draw = 0; draw < 5; draw++) {
            List<Indicator> wholeYear = MonteCarlo.drawn(year, DrawSeeds.forDraw(42L, draw));
            List<Object> expected = new ArrayList<>();
            for (Object fact : batch) {
                expected.add(fact instanceof Indicator indicator ? wholeYear.get(indicatorIndex(year, indicator)) : fact);
            }
            List<Object> drawn = drawnFacts.draw(42L, draw);
            assertThat(drawn).hasSameSizeAs(batch);
            assertThat(drawn.get(1)).isSameAs(border);
            for (int f = 0; f < batch.size(); f++) {
                if (expected.get(f) instanceof Indicator wanted) {
                    Indicator got = (Indicator) drawn.get(f);
                    assertThat(got.getValue()).as("draw %d, %s %s", draw, wanted.getIso3(), wanted.getCode())
                            .isEqualTo(wanted.getValue());
                }
            }
        }
        Indicator ranged = (Indicator) batch.stream().filter(f -> f instanceof Indicator i && i.isRange()).findFirst().orElseThrow();
        int at = batch.indexOf(ranged);
        assertThat(((Indicator) drawnFacts.draw(42L, 0).get(at)).getValue())
                .as("a ranged value moves between draws").isNotEqualTo(((Indicator) drawnFacts.draw(42L, 1).get(at)).getValue());
    }

    private static int indicatorIndex(List<Indicator> year, Indicator indicator) {
        for (int i = 0; i < year.size(); i++) {
            if (year.get(i) == indicator) {
                return i;
            }
        }
        throw new AssertionError("not in the year: " + indicator);
    }
}
