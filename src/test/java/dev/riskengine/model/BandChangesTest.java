package dev.riskengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The console's band-change line names a readable number of units, then says how many more there are. */
class BandChangesTest {

    @Test
    void aFewChangesAreAllNamed() {
        BandChanges changes = new BandChanges("R1", List.of(new BandChanges.Change("MLI", "Medium", 3, "High", 4),
                new BandChanges.Change("LBY", "Very High", 5, "High", 4)));

        assertThat(changes.summaryLine()).isEqualTo("Band changes since R1: 1 rose, 1 fell: MLI Medium -> High, "
                + "LBY Very High -> High.");
    }

    @Test
    void becomingOrLeavingInsufficientDataIsNoRiseOrFall() {
        // level 0: "Insufficient data" has no band level, so --fail-on-band-rise must not fire
        BandChanges changes = new BandChanges("R1", List.of(
                new BandChanges.Change("MRT", "Very Low", 1, "Insufficient data", 0),
                new BandChanges.Change("LBY", "Insufficient data", 0, "High", 4)));

        assertThat(changes.anyRose()).isFalse();
        assertThat(changes.summaryLine()).isEqualTo("Band changes since R1: 0 rose, 0 fell, 2 to or from insufficient"
                + " data: MRT Very Low -> Insufficient data, LBY Insufficient data -> High.");
    }

    @Test
    void aRenamedBandIsCountedAsRenamedNotAsInsufficientData() {
        BandChanges changes = new BandChanges("R1", List.of(new BandChanges.Change("TUN", "Medium", 3, "Moderate", 3)));

        assertThat(changes.summaryLine()).isEqualTo("Band changes since R1: 0 rose, 0 fell, 1 renamed: TUN Medium -> Moderate.");
    }

    @Test
    void manyChangesNameTheFirstTwentyAndCountTheRest() {
        List<BandChanges.Change> list = new ArrayList<>();
        for (int i = 1; i <= 2_067; i++) {
            list.add(new BandChanges.Change(String.format("XSG-%06d", i), "Low", 2, "High", 4));
        }

        String line = new BandChanges("R1", list).summaryLine();

        assertThat(line).startsWith("Band changes since R1: 2067 rose, 0 fell: XSG-000001 Low -> High, ")
                .contains("XSG-000020 Low -> High").doesNotContain("XSG-000021")
                .endsWith(" and 2047 more (sheet Changes of summary.xlsx).");
    }
}
