package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;

/** How wide a range is, as the reliability rule reads it (DimensionEvidence.widestRange). */
class EvidenceFactsTest {
    /** WGI's Dictionary row as mappings/wgi.yaml writes it: a signed index, Min -4, Max 4. */
    private static final IndicatorDefinition WGI = new IndicatorDefinition("political_stability",
            "Political stability (WGI)", "index, higher is better", -4.0, 4.0, "", "WGI");

    @Test
    void wgiEstimateNearZeroWithAnOrdinaryStandardErrorIsNotHugelyUncertain() {
        // -0.05 with a standard error of 0.2: its 90 % range is +/- 0.329, 0.658 wide. Against the
        // value that read as 13 times the value (the reliability rule's full 2 points); against
        // the index's scale of 8 it is about 8 %.
        Indicator nearZero = new Indicator("MAR", WGI.code(), 2016, -0.05, -0.379, 0.279, "Indicators!L10");

        assertThat(EvidenceFacts.relativeWidth(nearZero, WGI.scaleWidth())).isCloseTo(0.08225, within(1e-9));
    }

    @Test
    void wgiEstimateOfExactlyZeroIsJudgedAgainstTheScaleNotDividedByZero() {
        Indicator zero = new Indicator("MAR", WGI.code(), 2016, 0.0, -0.329, 0.329, "Indicators!L10");

        assertThat(EvidenceFacts.relativeWidth(zero, WGI.scaleWidth())).isCloseTo(0.08225, within(1e-9));
    }

    @Test
    void countsAndSharesAreStillJudgedAgainstTheirValue() {
        // government_control_pct is bounded 0-100 but is not a signed index: 10-30 around 20 is a guess
        IndicatorDefinition control = new IndicatorDefinition("government_control_pct", "Control", "%", 0.0, 100.0, "", "");
        Indicator guess = new Indicator("LBY", control.code(), 2016, 20, 10, 30, "Indicators!K13");

        assertThat(control.isSignedIndex()).isFalse();
        assertThat(WGI.isSignedIndex()).isTrue();
        assertThat(EvidenceFacts.relativeWidth(guess, Double.NaN)).isEqualTo(1.0);
    }
}
