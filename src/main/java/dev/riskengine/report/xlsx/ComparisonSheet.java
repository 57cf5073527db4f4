package dev.riskengine.report.xlsx;

import dev.riskengine.report.ComparisonText;
import java.util.List;
import java.util.Locale;

import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.UnitNoun;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Changes" of summary.xlsx: one row per thing that changed since the run compared with
 * (a rule file, a country's score or band, an input value, a contribution), so an analyst can
 * filter by country or by kind. The title row says which run it was compared with.
 */
public final class ComparisonSheet {

    public static final String NAME = "Changes";
    private static final List<String> HEADERS = List.of("ISO3", "Country", "What", "Item", "Before", "After",
            "Change", "Detail");

    private ComparisonSheet() {
    }

    /**
     * @param noun    what the run's units are called (a first run compares no unit to tell by)
     * @param maxRows the Excel row after which no further country starts (a large run's sheet
     *                stays within Excel's limit); a last row then says where the rest is
     */
    static void write(Workbook workbook, WorkbookStyles styles, RunComparison comparison, UnitNoun noun, int maxRows) {
        List<String> headers = new java.util.ArrayList<>(HEADERS);
        headers.set(HEADERS.indexOf("Country"), noun.heading());
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, 1, headers);
        Cell title = table.sheet().createRow(0).createCell(0);
        title.setCellValue(ComparisonText.headline(comparison));
        title.setCellStyle(styles.title());
        for (RunComparison.RuleFileChange file : comparison.ruleFiles()) {
            Row row = table.newRow();
            table.text(row, 2, "rule file " + file.change().word());
            table.text(row, 3, file.file());
            table.text(row, 4, file.sha256Before());
            table.text(row, 5, file.sha256After());
        }
        int shown = 0;
        for (RunComparison.CountryChange c : comparison.changedCountries()) {
            if (table.nextExcelRow() > maxRows) {
                table.text(table.newRow(), 0, String.format(Locale.ROOT, "These are the first %,d of %,d changed units: "
                        + "every change is in scores.json (\"comparison\").", shown, comparison.changedCountries().size()));
                break;
            }
            shown++;
            Row score = countryRow(table, c, "score");
            table.number(score, 4, c.scoreBefore(), styles.score());
            table.number(score, 5, c.score(), styles.score());
            table.number(score, 6, c.scoreChange(), styles.points());
            ComparisonText.unexplained(c).ifPresent(text -> table.text(score, 7, text));
            if (c.bandRose() || c.bandFell()) {
                Row band = countryRow(table, c, "band");
                table.text(band, 4, c.bandBefore(), styles.band(c.bandLevelBefore() == null ? 0 : c.bandLevelBefore()));
                table.text(band, 5, c.band(), styles.band(c.bandLevel() == null ? 0 : c.bandLevel()));
                table.text(band, 6, c.bandRose() ? "rose" : "fell");
            }
            for (RunComparison.CellChange cell : c.cells()) {
                Row row = countryRow(table, c, "input value");
                table.text(row, 3, cell.code());
                reading(table, row, 4, cell.before(), styles);
                reading(table, row, 5, cell.after(), styles);
                table.text(row, 7, cell.cell());
            }
            for (RunComparison.ContributionChange change : c.contributions()) {
                Row row = countryRow(table, c, "contribution " + ComparisonText.verb(change));
                table.text(row, 3, change.rule());
                table.number(row, 4, change.pointsBefore(), styles.points());
                table.number(row, 5, change.points(), styles.points());
                table.number(row, 6, change.pointsBefore() == null || change.points() == null ? null
                        : change.points() - change.pointsBefore(), styles.points());
                table.text(row, 7, (change.dimension() == null ? "" : change.dimension().name().toLowerCase(Locale.ROOT) + ": ")
                        + change.reason() + " (" + change.file() + ")");
            }
        }
        table.finish();
    }

    private static Row countryRow(SheetTable table, RunComparison.CountryChange c, String what) {
        Row row = table.newRow();
        table.text(row, 0, c.iso3());
        table.text(row, 1, c.name());
        table.text(row, 2, what);
        return row;
    }

    /** A point value as a number; a range as text, "100 (80-120)"; a blank cell as empty. */
    private static void reading(SheetTable table, Row row, int col, PastRun.Reading reading, WorkbookStyles styles) {
        if (reading != null && Double.compare(reading.low(), reading.high()) == 0) {
            table.number(row, col, reading.value(), styles.text());
        } else {
            table.text(row, col, reading == null ? null : ComparisonText.reading(reading));
        }
    }
}
