package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.Border;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.workbook.WorkbookReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's score range is the lowest and highest score its indicators' ranges allow. */
class ScoreRangeTest {
    // Tunisia in 2016 on the sample's Indicators sheet: fighters abroad, political stability, government effectiveness
    private static final String FIGHTERS = "C10";
    private static final String STABILITY = "L10";
    private static final String EFFECTIVENESS = "M10";

    @TempDir static Path folder;
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = new RuleCompiler().compile(Path.of("rules"));
    }

    @Test
    void rangesPullingOppositeWaysGiveTheWholeScoreRangeNotEndsThatCancelOut() throws Exception {
        // given: more fighters raise Tunisia's risk, a higher governance estimate lowers it; both are ranges
        Path ranged = sampleWith("ranged.xlsx", Map.of(FIGHTERS, "2926 (500-3000)"));
        // the two corners the ranges allow, written as point values
        Path lowest = sampleWith("lowest.xlsx", Map.of(FIGHTERS, 500.0, STABILITY, -0.7995, EFFECTIVENESS, 0.0525));
        Path highest = sampleWith("highest.xlsx", Map.of(FIGHTERS, 3000.0, STABILITY, -1.4832, EFFECTIVENESS, -0.5105));

        // when
        CountryAssessment tunisia = tunisia(ranged);

        // then: every range at its low end at once left the fighters' drop and the governance rise to
        // cancel out, and the range read 5.1 to 5.1 while the data allow Medium as well as High
        double low = tunisia(lowest).score();
        double high = tunisia(highest).score();
        assertThat(low).as("the corners differ").isLessThan(high);
        assertThat(tunisia.scoreLow()).isEqualTo(low);
        assertThat(tunisia.scoreHigh()).isEqualTo(high);
    }

    @Test
    void rangesPullingTheSameWayKeepTheRangeTheyHadBefore() throws Exception {
        // the sample's own ranges (2016: governance estimates and government control, all lowering the
        // risk as they rise) span Tunisia from its low to its high corner as before
        CountryAssessment tunisia = tunisia(Path.of("inputs/indicators.xlsx"));

        assertThat(tunisia.scoreLow()).isLessThanOrEqualTo(tunisia.score());
        assertThat(tunisia.scoreHigh()).isGreaterThan(tunisia.scoreLow());
        Path lowest = sampleWith("same-lowest.xlsx", Map.of(STABILITY, -0.7995, EFFECTIVENESS, 0.0525));
        assertThat(tunisia.scoreLow()).isEqualTo(tunisia(lowest).score());
    }

    @Test
    void aLargeWorkbookIsProbedOnItsFirstThousandUnitsWithTheBordersBetweenThem() throws Exception {
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(1_200, 1, 2024, 4, 0.3, 0.05, file));
        IndicatorWorkbook workbook = new WorkbookReader().read(file);
        UnitFacts facts = Assessor.factsOf(rules, workbook, 2024);

        UnitFacts probed = RangeEnds.probedUnits(facts);

        assertThat(probed.countries()).hasSize(RangeEnds.PROBE_UNITS).isEqualTo(facts.countries().subList(0, RangeEnds.PROBE_UNITS));
        Set<String> units = new HashSet<>();
        probed.countries().forEach(c -> units.add(c.getIso3()));
        assertThat(probed.indicators()).isNotEmpty().allSatisfy(i -> assertThat(units).contains(i.getIso3()));
        assertThat(probed.borders()).isNotEmpty();
        for (Border border : probed.borders()) {
            assertThat(units).contains(border.getIso3(), border.getNeighbour());
        }
    }

    private static CountryAssessment tunisia(Path workbook) throws Exception {
        return new Assessor(rules).assess(new WorkbookReader().read(workbook), 2016).countries().stream()
                .filter(c -> c.iso3().equals("TUN")).findFirst().orElseThrow();
    }

    /** The sample workbook with cells of its Indicators sheet set: a number, or a text such as a range. */
    private static Path sampleWith(String name, Map<String, Object> cells) throws Exception {
        Path copy = folder.resolve(name);
        try (InputStream in = Files.newInputStream(Path.of("inputs/indicators.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            cells.forEach((address, value) -> {
                CellReference ref = new CellReference(address);
                Cell cell = book.getSheet("Indicators").getRow(ref.getRow()).getCell(ref.getCol(),
                        org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value.toString());
                }
            });
            try (OutputStream out = Files.newOutputStream(copy)) {
                book.write(out);
            }
        }
        return copy;
    }
}
