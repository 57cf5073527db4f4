package dev.riskengine.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.report.AddedReport;

/**
 * scores.parquet: one row per unit of the run's year, the table a Spark user reads
 * ({@code spark.read.parquet(".../scores.parquet")}) instead of parsing scores.json. The values are
 * scores.json's: score, band, range and dimensions (null where scores.json has null: a unit
 * without a score), and with {@code --draws} the unit's P10/P50/P90 and band probabilities (null
 * without draws, so that the columns are the same for every run).
 *
 * <p>It is written on the driver, which holds the assessment, as one file: on a cluster the run
 * folder is the driver's, where executors could not write; and one file in the run's temporary
 * folder is published with the other reports, atomically, or not at all.
 */
final class ScoresParquet implements AddedReport {
    static final String FILE_NAME = "scores.parquet";

    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message scores {
              required binary iso3 (STRING);
              optional binary name (STRING);
              required int32 year;
              optional int32 rank;
              optional double score;
              optional binary band (STRING);
              optional double score_low;
              optional double score_high;
              optional double threat;
              optional double exposure;
              optional double vulnerability;
              optional double p10;
              optional double p50;
              optional double p90;
              optional group band_probabilities (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  required double value;
                }
              }
            }
            """);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Assessment assessment, Path file) throws IOException {
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> writer = ParquetFiles.writer(file, SCHEMA)) {
            for (CountryAssessment unit : assessment.countries()) {
                writer.write(row(rows.newGroup(), assessment, unit));
            }
        }
    }

    private static Group row(Group row, Assessment assessment, CountryAssessment unit) {
        row.append("iso3", unit.iso3());
        if (unit.country().getName() != null) {
            row.append("name", unit.country().getName());
        }
        row.append("year", assessment.year());
        if (unit.scored()) {
            row.append("rank", unit.rank());
        }
        appendNumber(row, "score", unit.score());
        if (unit.band() != null) {
            row.append("band", unit.band());
        }
        appendNumber(row, "score_low", unit.scoreLow());
        appendNumber(row, "score_high", unit.scoreHigh());
        for (Dimension dimension : Dimension.values()) {
            appendNumber(row, dimension.name().toLowerCase(java.util.Locale.ROOT),
                    unit.dimensions() == null ? null : unit.dimensions().get(dimension));
        }
        Optional<ScoreDistribution> drawn = assessment.simulation().flatMap(simulation -> simulation.of(unit.iso3()));
        drawn.ifPresent(distribution -> {
            appendNumber(row, "p10", distribution.p10());
            appendNumber(row, "p50", distribution.p50());
            appendNumber(row, "p90", distribution.p90());
            Group shares = row.addGroup("band_probabilities");
            for (Map.Entry<String, Double> share : distribution.bandProbabilities().entrySet()) {
                shares.addGroup("key_value").append("key", share.getKey()).append("value", share.getValue());
            }
        });
        return row;
    }

    /** As scores.json writes a number: no value (null) for a missing or non-finite one. */
    private static void appendNumber(Group row, String column, Double value) {
        if (value != null && Double.isFinite(value)) {
            row.append(column, value);
        }
    }
}
