package dev.riskengine.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.PastRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PastScoresTest {

    @TempDir
    Path dir;

    @Test
    void repeatedRuleTextsOfAPastRunAreKeptOnceNotOncePerUnit() throws IOException {
        // given: two units whose contribution came from the same rule and whose indicator has the same code
        String unit = """
                {"iso3": "%s", "name": "%s", "score": 5.0, "band": "High", "bandLevel": 4,
                 "indicators": [{"code": "terrorist_attacks", "value": 40, "low": 40, "high": 40, "cell": "Indicators!F%d"}],
                 "contributions": [{"dimension": "SECURITY", "points": 2.5, "reason": "Frequent attacks",
                                    "rule": "Terrorism high", "file": "security.drl", "cells": ["Indicators!F%d"]}]}""";
        Path file = dir.resolve("scores.json");
        Files.writeString(file, "{\"schemaVersion\": 2, \"year\": 2016, \"countries\": ["
                + unit.formatted("LBY", "Libya", 3, 3) + ", " + unit.formatted("MLI", "Mali", 4, 4) + "]}");
        List<PastRun.PastCountry> units = new ArrayList<>();

        // when
        PastScores.read(file, units::add);

        // then: the same values as written, the repeated texts as one instance each
        assertThat(units).extracting(PastRun.PastCountry::iso3).containsExactly("LBY", "MLI");
        ContributionRecord first = units.get(0).contributions().get(0);
        ContributionRecord second = units.get(1).contributions().get(0);
        assertThat(second.rule()).isEqualTo("Terrorism high").isSameAs(first.rule());
        assertThat(second.file()).isEqualTo("security.drl").isSameAs(first.file());
        assertThat(second.reason()).isEqualTo("Frequent attacks").isSameAs(first.reason());
        assertThat(second.cells()).containsExactly("Indicators!F4");
        assertThat(units.get(1).indicators().get(0).code()).isEqualTo("terrorist_attacks")
                .isSameAs(units.get(0).indicators().get(0).code());
    }
}
