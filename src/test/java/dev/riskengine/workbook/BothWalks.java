package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The contract between the two ways of walking cells: every workbook a test reads through
 * {@link Reading} is read whole and streamed, and both must give the same content or the same
 * problems, word for word and cell for cell. So every defect and format test in this package is
 * also a test of the streaming reader. The exceptions are .xls files (only read whole) and
 * formulas saved without a result, which only the in-memory walk can evaluate.
 */
final class BothWalks {

    private BothWalks() {
    }

    /** The in-memory outcome, after checking the streamed one is the same: a workbook or the problems. */
    static Object read(Path file) {
        Object inMemory = outcome(file, CellWalk.IN_MEMORY);
        if (streamable(file)) {
            Object streamed = outcome(file, CellWalk.STREAMING);
            assertThat(describe(streamed)).as("the streamed reading of " + file.getFileName())
                    .isEqualTo(describe(inMemory));
        }
        return inMemory;
    }

    private static Object outcome(Path file, CellWalk walk) {
        try {
            return new WorkbookReader(walk).read(file);
        } catch (InvalidWorkbookException e) {
            return e;
        }
    }

    /** Everything a reader yields, spelled out: the model classes compare by identity. */
    static String describe(Object outcome) {
        if (outcome instanceof InvalidWorkbookException invalid) {
            return "problems " + invalid.problems();
        }
        IndicatorWorkbook workbook = (IndicatorWorkbook) outcome;
        List<String> lines = new ArrayList<>();
        for (Country c : workbook.countries()) {
            lines.add(c.getIso3() + "|" + c.getName() + "|" + c.getRegion() + "|" + c.getPopulation() + "|"
                    + c.getPopulationCell());
        }
        lines.add("dictionary " + workbook.dictionary());
        for (Indicator i : workbook.indicators()) {
            lines.add(i.toString());
        }
        for (Border b : workbook.borders()) {
            lines.add(b + "|" + b.getCell());
        }
        lines.add("missing " + workbook.missing());
        lines.add("warnings " + workbook.warnings());
        lines.add("provenance " + workbook.provenance());
        return String.join("\n", lines);
    }

    /** An .xlsx whose formulas all carry a saved result. */
    private static boolean streamable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (FileMagic.valueOf(FileMagic.prepareToCheckMagic(in)) != FileMagic.OOXML) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        var stored = ((XSSFCell) cell).getCTCell();
                        if (cell.getCellType() == CellType.FORMULA && !StoredValue.formulaHasSavedResult(
                                stored.isSetT() ? stored.getT().toString() : null, stored.isSetV() ? stored.getV() : null)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (Exception e) {
            return false; // not a workbook POI opens: the opener's messages are the in-memory walk's
        }
    }
}
