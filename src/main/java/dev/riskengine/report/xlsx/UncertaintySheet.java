package dev.riskengine.report.xlsx;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.DrawnScore;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;
import dev.riskengine.report.UnitNoun;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The "Uncertainty" sheet of summary.xlsx, next to Summary, when the run drew Monte Carlo
 * samples: per country (in rank order) the central score, P10, P50, P90 and one column per band
 * with the share of draws that ended in it.
 */
final class UncertaintySheet {
    static final String NAME = "Uncertainty";

    private UncertaintySheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Assessment assessment) {
        if (assessment.simulation().isEmpty()) {
            return;
        }
        Simulation simulation = assessment.simulation().get();
        List<String> headers = new ArrayList<>(List.of("Rank", "ISO3", UnitNoun.of(assessment).heading(), "Score", "P10", "P50", "P90"));
        simulation.bands().forEach(band -> headers.add("P(" + band + ")"));
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, 0, headers);
        for (DrawnScore unit : DrawnScore.of(assessment)) {
            CountryAssessment country = unit.country();
            ScoreDistribution d = unit.distribution();
            Row row = table.newRow();
            int col = 0;
            table.number(row, col++, (double) country.rank(), styles.integer());
            table.text(row, col++, country.iso3());
            table.text(row, col++, CountryName.of(country));
            table.number(row, col++, country.score(), styles.score());
            table.number(row, col++, d.p10(), styles.score());
            table.number(row, col++, d.p50(), styles.score());
            table.number(row, col++, d.p90(), styles.score());
            for (String band : simulation.bands()) {
                table.number(row, col++, d.probabilityOf(band), styles.percent());
            }
        }
        table.finish();
        workbook.setSheetOrder(NAME, 1);
    }
}
