package dev.riskengine.report.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** history.json: what it keeps of small and large runs, and what it reads back. */
class HistoryJsonTest {

    @TempDir
    Path folder;

    @Test
    void aRunOfAsManyUnitsAsTheLargeRunThresholdKeepsEveryScore() throws Exception {
        HistoryEntry run = run(Listing.LARGE_ABOVE);

        HistoryEntry read = roundTrip(run);

        assertThat(read).isEqualTo(run);
        assertThat(read.partial()).isFalse();
    }

    @Test
    void aLargeRunKeepsItsHighestRankedScoresAndHowManyUnitsItAssessed() throws Exception {
        HistoryEntry run = run(Listing.LARGE_ABOVE + 1);

        HistoryEntry read = roundTrip(run);

        assertThat(read.units()).isEqualTo(Listing.LARGE_ABOVE + 1);
        assertThat(read.countries()).isEqualTo(run.countries().subList(0, Listing.TOP));
        assertThat(read.partial()).isTrue();
        assertThat(roundTrip(read)).isEqualTo(read); // read back and written again, it stays the same
    }

    @Test
    void aVersion1FileWithoutUnitsReadsAsCompleteAndANullScoreAsNotFinite() throws Exception {
        Path file = folder.resolve(HistoryJson.FILE_NAME);
        Files.writeString(file, """
                {"schemaVersion": 1, "runs": [{"runId": "2026-11-01T06-00-00.000Z", "startedAt": "2026-11-01T06:00:00Z",
                  "outcome": "complete", "folderPresent": true, "year": 2016, "ruleFiles": {}, "bandsRose": 0, "bandsFell": 0,
                  "countries": [{"iso3": "MLI", "name": "Mali", "score": 5.1, "band": "High", "bandLevel": 4},
                                {"iso3": "TCD", "name": "Chad", "score": null, "band": null, "bandLevel": 0}]}]}
                """);

        HistoryEntry read = HistoryJson.read(file).get(0);

        assertThat(read.units()).isEqualTo(2);
        assertThat(read.partial()).isFalse();
        assertThat(read.countries().get(0).score()).isEqualTo(5.1);
        assertThat(read.countries().get(1).score()).isNaN();
    }

    private HistoryEntry roundTrip(HistoryEntry run) throws Exception {
        Path file = folder.resolve(HistoryJson.FILE_NAME);
        new HistoryJson().write(List.of(run), file);
        return HistoryJson.read(file).get(0);
    }

    private static HistoryEntry run(int units) {
        List<HistoryEntry.Score> scores = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            scores.add(new HistoryEntry.Score(String.format(Locale.ROOT, "XSG-%06d", i + 1), "Grid cell " + (i + 1),
                    Math.round(100.0 - 90.0 * i / units) / 10.0, "Medium", 3));
        }
        return new HistoryEntry("2026-11-01T06-00-00.000Z", Instant.parse("2026-11-01T06:00:00Z"), HistoryEntry.COMPLETE,
                null, true, 2024, "grid.xlsx", "a".repeat(64), "b".repeat(64), Map.of("threat.drl", "c".repeat(64)),
                0, 0, units, scores);
    }
}
