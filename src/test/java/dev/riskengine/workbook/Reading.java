package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.nio.file.Path;
import java.util.List;

/** Reads a workbook in a test and hands back either its content or its problems. */
final class Reading {
    static final String FILE = "indicators.xlsx";

    private Reading() {
    }

    /** Read whole and streamed (see {@link BothWalks}); both must agree. */
    static IndicatorWorkbook valid(Path file) throws InvalidWorkbookException {
        Object outcome = BothWalks.read(file);
        if (outcome instanceof InvalidWorkbookException invalid) {
            throw invalid;
        }
        return (IndicatorWorkbook) outcome;
    }

    static List<WorkbookProblem> problems(Path file) {
        Object outcome = BothWalks.read(file);
        assertThat(outcome).isInstanceOf(InvalidWorkbookException.class);
        return ((InvalidWorkbookException) outcome).problems();
    }

    static WorkbookProblem onlyProblem(Path file) {
        List<WorkbookProblem> problems = problems(file);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** A problem in {@code indicators.xlsx}, the name {@link TestWorkbook} writes. */
    static WorkbookProblem problem(String address, String found, String expected) {
        return new WorkbookProblem(FILE, address, found, expected);
    }

    static Indicator indicator(IndicatorWorkbook workbook, String iso3, String code, int year) {
        return workbook.indicators().stream()
                .filter(i -> i.getIso3().equals(iso3) && i.getCode().equals(code) && i.getYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + iso3 + " " + code + " " + year));
    }
}
