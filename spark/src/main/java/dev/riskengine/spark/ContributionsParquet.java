package dev.riskengine.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.AddedReport;
import dev.riskengine.report.Listing;

/**
 * contributions.parquet: why the highest-ranked units score what they score, one row per rule
 * firing (rule, file, dimension, points, reason, cells), as scores.json gives them. It holds the
 * units the read reports list ({@link Listing}): every unit of a small run, the 100 highest-ranked
 * of a large one, whose every firing would be millions of rows few would read. Written on the
 * driver into the run's temporary folder, as scores.parquet is, so it is published with the run.
 */
final class ContributionsParquet implements AddedReport {
    static final String FILE_NAME = "contributions.parquet";

    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message contributions {
              required binary iso3 (STRING);
              required int32 year;
              optional int32 rank;
              optional binary rule (STRING);
              optional binary file (STRING);
              optional binary dimension (STRING);
              optional double points;
              optional binary reason (STRING);
              optional group cells (LIST) {
                repeated group list {
                  required binary element (STRING);
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
        List<CountryAssessment> listed = assessment.countries().subList(0,
                Math.min(Listing.of(assessment).unitsInFull(), assessment.countries().size()));
        try (ParquetWriter<Group> writer = ParquetFiles.writer(file, SCHEMA)) {
            for (CountryAssessment unit : listed) {
                if (unit.contributions() == null) {
                    continue;
                }
                for (ContributionRecord contribution : unit.contributions()) {
                    writer.write(row(rows.newGroup(), assessment.year(), unit, contribution));
                }
            }
        }
    }

    private static Group row(Group row, int year, CountryAssessment unit, ContributionRecord contribution) {
        row.append("iso3", unit.iso3());
        row.append("year", year);
        if (unit.scored()) {
            row.append("rank", unit.rank());
        }
        appendText(row, "rule", contribution.rule());
        appendText(row, "file", contribution.file());
        appendText(row, "dimension", contribution.dimension() == null ? null : contribution.dimension().name());
        if (Double.isFinite(contribution.points())) {
            row.append("points", contribution.points());
        }
        appendText(row, "reason", contribution.reason());
        if (contribution.cells() != null) {
            Group cells = row.addGroup("cells");
            contribution.cells().forEach(cell -> cells.addGroup("list").append("element", cell));
        }
        return row;
    }

    private static void appendText(Group row, String column, String value) {
        if (value != null) {
            row.append(column, value);
        }
    }
}
