package dev.riskengine.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;

class SensitivityTextTest {

    @Test
    void whenNoRankMovedNoRuleIsListedAtZeroPercentAsIfThatWereAFinding() {
        // given a year whose units all have too little evidence: nothing ranked, so nothing moved
        RankSensitivity none = new RankSensitivity(2016, 20, 1, 0.2, List.of("Low", "High"), List.of(),
                List.of(new RuleInfluence("Land borders to police", "exposure.drl", 0, null, 0),
                        new RuleInfluence("Coping capacity starts at average", "vulnerability.drl", 0, null, 0)),
                List.of("DZA", "TUN"));

        String text = SensitivityText.of(none, "sipri-only.xlsx", Path.of("reports", "sensitivity", "run"), 1000);

        assertThat(text).contains("No unit's rank moved in any draw, so no rule moved the ranking.")
                .doesNotContain("Land borders to police").doesNotContain("0.0 %");
    }
}
