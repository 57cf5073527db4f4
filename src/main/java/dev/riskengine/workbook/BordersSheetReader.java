package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.Border;
import dev.riskengine.model.DataIssue;
import dev.riskengine.workbook.layout.WorkbookLayout.Borders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the Borders sheet: ISO3, Neighbour, Length_km; pairing is left to {@link BorderPairs}. */
final class BordersSheetReader {
    /** What the sheet yields when it is valid. */
    record Result(List<Border> borders, List<DataIssue> warnings) {
        static Result empty() {
            return new Result(List.of(), List.of());
        }
    }

    private final ProblemCollector problems;
    private final IsoCountryCodes isoCodes = new IsoCountryCodes();

    BordersSheetReader(ProblemCollector problems) {
        this.problems = problems;
    }

    Result read(SheetSource sheet, Optional<CountryRegister> countries) {
        List<BorderRow> rows = new ArrayList<>();
        List<DataIssue> warnings = new ArrayList<>();
        return new TableWalker(problems)
                .walk(sheet, Borders.SHEET, (header, row) -> readRow(header, row, countries, warnings).ifPresent(rows::add))
                .map(header -> new Result(new BorderPairs(problems).combine(rows), warnings))
                .orElse(Result.empty());
    }

    private Optional<BorderRow> readRow(HeaderRow header, SheetRow row, Optional<CountryRegister> countries,
                                        List<DataIssue> warnings) {
        CellContent iso3Cell = row.cell(header.column(Borders.ISO3).getAsInt());
        CellContent neighbourCell = row.cell(header.column(Borders.NEIGHBOUR).getAsInt());
        CellContent lengthCell = row.cell(header.column(Borders.LENGTH_KM).getAsInt());
        Optional<String> iso3 = CountriesSheetReader.listedCode(iso3Cell, countries, problems);
        Optional<String> neighbour = neighbour(neighbourCell, iso3, countries);
        OptionalDouble length = length(lengthCell);
        if (iso3.isEmpty() || neighbour.isEmpty() || length.isEmpty()) {
            return Optional.empty();
        }
        // "1.900" typed as text is 1.9 km here and 1,900 km where a dot groups thousands; the
        // spillover weighs each neighbour by its border's length, so the slip would move scores.
        PlausibilityCheck.ambiguousThousands(lengthCell, iso3.get(), Borders.LENGTH_KM.header(), null)
                .ifPresent(warnings::add);
        boolean assessed = countries.map(register -> register.contains(neighbour.get())).orElse(true);
        if (!assessed) {
            warnings.add(DataIssue.warning(iso3.get(), neighbourCell.at().toString(), neighbour.get()
                    + " is not on " + countries.get().reference() + ": not assessed, so no spillover from it"));
        }
        return Optional.of(new BorderRow(iso3.get(), neighbour.get(), length.getAsDouble(), iso3Cell.at(),
                lengthCell.at(), assessed));
    }

    /** Any real country may be a neighbour (Spain borders Morocco); a code that is no country is a typo. */
    private Optional<String> neighbour(CellContent content, Optional<String> iso3, Optional<CountryRegister> countries) {
        String typed = upperCaseText(content);
        // A unit on the Countries sheet that ISO does not list (e.g. Kosovo, XKX) is still a neighbour.
        String listed = countries.map(register -> register.listed(typed)).orElse(null);
        String code = listed == null ? typed : listed;
        if (listed == null && !isoCodes.isCountry(code)) {
            problems.add(content.at(), content.found(), "an ISO 3166 alpha-3 country code such as ESP");
            return Optional.empty();
        }
        if (iso3.isPresent() && iso3.get().equals(code)) {
            problems.add(content.at(), quoted(code) + ", the country itself", "a neighbouring country");
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private OptionalDouble length(CellContent content) {
        OptionalDouble length = content.asNumber(false);
        if (length.isEmpty() || length.getAsDouble() <= 0) {
            problems.add(content.at(), content.found(), "a positive length in km");
            return OptionalDouble.empty();
        }
        return length;
    }

    private static String upperCaseText(CellContent content) {
        return content instanceof CellContent.Text text ? text.text().toUpperCase(Locale.ROOT) : "";
    }
}
