package dev.riskengine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Border;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookGeneratorTest {
    @TempDir Path folder;

    private Path generate(String name, int units, int years, long seed) throws Exception {
        Path file = folder.resolve(name);
        new WorkbookGenerator().generate(new GenerateRequest(units, years, 2024, seed, 0.2, 0.05, file));
        return file;
    }

    @Test
    void generatedWorkbookPassesValidationWithEveryDefaultIndicator() throws Exception {
        // given / when
        IndicatorWorkbook workbook = new WorkbookReader().read(generate("grid.xlsx", 400, 3, 11));

        // then
        assertThat(workbook.countries()).hasSize(400);
        assertThat(workbook.years()).containsExactly(2022, 2023, 2024);
        assertThat(workbook.dictionary()).extracting(IndicatorDefinition::code).containsExactlyInAnyOrder(
                "fighters_abroad", "returning_fighters", "active_armed_groups", "terrorist_attacks", "coastline_km",
                "military_spending_pct_gdp", "military_spending_usd_m", "foreign_security_support",
                "government_control_pct");
        Set<String> codesPresent = workbook.indicators().stream().map(Indicator::getCode).collect(Collectors.toSet());
        assertThat(codesPresent).hasSize(9);
        assertThat(workbook.countries().get(0).getIso3()).isEqualTo("XSG-000001");
    }

    @Test
    void aShareOfCellsAreRangesAndAShareBlank() throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(generate("grid.xlsx", 400, 2, 3));

        long ranges = workbook.indicators().stream().filter(Indicator::isRange).count();
        int cells = workbook.indicators().size() + workbook.missing().size();
        assertThat(cells).isEqualTo(400 * 2 * 9);
        // 20 % of the five rangeable columns (some values too small to be a range): about 8 % of cells.
        assertThat(ranges / (double) cells).isBetween(0.04, 0.12);
        // 5 % blank.
        assertThat(workbook.missing().size() / (double) cells).isBetween(0.03, 0.07);
    }

    @Test
    void everyUnitHasOneToEightNeighboursAndBordersAreSymmetric() throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(generate("grid.xlsx", 900, 1, 5));

        Map<String, Integer> neighbours = new HashMap<>();
        Map<String, Double> lengths = new HashMap<>();
        for (Border border : workbook.borders()) {
            neighbours.merge(border.getIso3(), 1, Integer::sum);
            lengths.put(border.getIso3() + ">" + border.getNeighbour(), border.getLengthKm());
        }
        assertThat(neighbours).hasSize(900);
        assertThat(neighbours.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
        assertThat(neighbours.values()).contains(8); // some corners have diagonals
        assertThat(neighbours.values().stream().mapToInt(Integer::intValue).average().orElse(0)).isBetween(4.5, 7.0);
        lengths.forEach((pair, km) -> {
            String[] ends = pair.split(">");
            assertThat(lengths.get(ends[1] + ">" + ends[0])).isEqualTo(km);
        });
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherWorkbook() throws Exception {
        Path first = generate("first.xlsx", 300, 2, 42);
        Path again = generate("again.xlsx", 300, 2, 42);
        Path other = generate("other.xlsx", 300, 2, 43);

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
        List<Indicator> firstValues = new WorkbookReader().read(first).indicators();
        List<Indicator> otherValues = new WorkbookReader().read(other).indicators();
        assertThat(otherValues.stream().map(Indicator::getValue).toList())
                .isNotEqualTo(firstValues.stream().map(Indicator::getValue).toList());
    }

    @Test
    void anInterruptedOrFailedRunLeavesNoFileBehind() throws Exception {
        Path file = generate("grid.xlsx", 50, 1, 1);

        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("grid.xlsx");
        }
        assertThat(file).isRegularFile();
    }
}
