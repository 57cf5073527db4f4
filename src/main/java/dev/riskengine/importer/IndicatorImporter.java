package dev.riskengine.importer;

import dev.riskengine.model.Country;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookReader;
import dev.riskengine.workbook.layout.DefaultIndicators;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Imports a published source into the analyst's workbook: checks the workbook first, reads the
 * source for the chosen years, matches its country names to the Countries sheet, writes only the
 * imported codes' cells (plus a Dictionary row for a new code, see {@link NewCodeCheck}, and a
 * Sources row per column) in a copy held in memory, and replaces the file safely ({@link WorkbookReplacer}). A dry run stops
 * before writing and reports the same changes.
 */
public final class IndicatorImporter {
    private final Clock clock;

    public IndicatorImporter(Clock clock) {
        this.clock = clock;
    }

    public IndicatorImporter() {
        this(Clock.systemUTC());
    }

    public ImportResult run(SourceReader reader, ImportRequest request)
            throws ImportException, ImportWriteException, InvalidWorkbookException {
        IndicatorWorkbook current = new WorkbookReader().read(request.workbook());
        Set<Integer> workbookYears = current.years();
        if (request.years().isEmpty() && workbookYears.isEmpty()) {
            throw new ImportException(request.workbook().getFileName() + ": no years in the Indicators sheet yet; "
                    + "give them with --years, e.g. --years 2014-2016");
        }
        new NewCodeCheck(current.dictionary().stream().map(IndicatorDefinition::code).toList(),
                String.valueOf(request.workbook().getFileName())).check(reader.codes(), request.newCodes());
        SourceTable source = reader.read(request.source(),
                year -> request.years().map(y -> y.contains(year)).orElse(workbookYears.contains(year)));

        Map<String, String> workbookNames = new HashMap<>();
        for (Country country : current.countries()) {
            if (country.getName() != null) {
                workbookNames.put(country.getName(), country.getIso3());
            }
        }
        CountryNames names = CountryNames.standard().with(workbookNames);
        Set<String> assessed = current.countries().stream().map(Country::getIso3).collect(Collectors.toSet());
        Map<String, IndicatorDefinition> dictionary = new LinkedHashMap<>();
        current.dictionary().forEach(d -> dictionary.put(d.code(), d));

        // Seconds are precise enough for an import time, and read better in the Sources sheet and reports.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (Workbook workbook = load(request.workbook())) {
            IndicatorsSheet sheet = new IndicatorsSheet(header(workbook, WorkbookLayout.Indicators.SHEET));
            FigureWriter writer = new FigureWriter(sheet, request.overwrite());
            List<CellChange> changes = new ArrayList<>();
            Set<String> unmatched = new TreeSet<>();
            Map<String, Integer> columns = new LinkedHashMap<>();
            int otherCountries = 0;
            int unchanged = 0;
            for (SourceFigure figure : source.figures()) {
                Optional<String> iso3 = figure.aliasIso3() != null ? Optional.of(figure.aliasIso3())
                        : source.byIso3() ? CountryNames.code(figure.countryName()) : names.iso3(figure.countryName());
                if (iso3.isEmpty()) {
                    unmatched.add(figure.countryName());
                    continue;
                }
                if (!assessed.contains(iso3.get())) {
                    otherCountries++;
                    continue;
                }
                IndicatorDefinition definition = dictionary.computeIfAbsent(figure.code(),
                        code -> newDefinition(code, reader.codes()));
                int column = columns.computeIfAbsent(figure.code(), code -> columnOf(sheet, code));
                Optional<CellChange> change = writer.write(iso3.get(), figure, column, definition.isPercent());
                change.ifPresent(changes::add);
                if (change.isEmpty()) {
                    unchanged++;
                }
            }
            boolean anyWrite = changes.stream().anyMatch(c -> c.kind() != CellChange.Kind.CONFLICT);
            if (request.dryRun() || !anyWrite) {
                return new ImportResult(source, changes, unmatched, otherCountries, unchanged, Optional.empty(), false,
                        false);
            }
            addDefinitions(workbook, current, dictionary);
            boolean recorded = recordProvenance(workbook, source, changes, columns.keySet(), now);
            Path backup = new WorkbookReplacer().replace(request.workbook(), workbook, now);
            return new ImportResult(source, changes, unmatched, otherCountries, unchanged, Optional.of(backup), true,
                    recorded);
        } catch (IOException e) {
            // Closing a workbook loaded into memory writes nothing.
            throw new ImportWriteException(request.workbook().getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The Dictionary row of a code new to the workbook: the default set's (what the shipped rules
     * expect of the code), else the one the mapping gives, else the code alone for the analyst to fill in.
     */
    private static IndicatorDefinition newDefinition(String code, List<MappedCode> mapped) {
        return DefaultIndicators.of(code)
                .or(() -> mapped.stream().filter(m -> m.code().equals(code)).findFirst().flatMap(MappedCode::definition))
                .orElse(new IndicatorDefinition(code, code, null, null, null, "Imported", null));
    }

    private static int columnOf(IndicatorsSheet sheet, String code) {
        OptionalInt column = sheet.column(code);
        return column.isPresent() ? column.getAsInt() : sheet.addColumn(code);
    }

    private static void addDefinitions(Workbook workbook, IndicatorWorkbook current,
                                       Map<String, IndicatorDefinition> dictionary) throws ImportException {
        Set<String> defined = current.dictionary().stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        DictionaryRows rows = null;
        for (IndicatorDefinition definition : dictionary.values()) {
            if (!defined.contains(definition.code())) {
                if (rows == null) {
                    rows = new DictionaryRows(header(workbook, WorkbookLayout.Dictionary.SHEET));
                }
                rows.add(definition);
            }
        }
    }

    private static boolean recordProvenance(Workbook workbook, SourceTable source, List<CellChange> changes,
                                         Set<String> codes, Instant now) {
        SourcesSheet sources = SourcesSheet.in(workbook);
        if (!sources.writable()) {
            return false;
        }
        for (String code : codes) {
            long filled = changes.stream().filter(c -> c.code().equals(code) && c.kind() == CellChange.Kind.FILL).count();
            long overwritten = changes.stream()
                    .filter(c -> c.code().equals(code) && c.kind() == CellChange.Kind.OVERWRITE).count();
            long conflicts = changes.stream()
                    .filter(c -> c.code().equals(code) && c.kind() == CellChange.Kind.CONFLICT).count();
            sources.record(code, source.fileName(), source.edition(), now.toString(),
                    filled + " cells filled, " + overwritten + " overwritten, " + conflicts + " conflicts left alone");
        }
        return true;
    }

    private static SheetHeader header(Workbook workbook, SheetLayout layout) throws ImportException {
        return SheetHeader.sheet(workbook, layout.name())
                .flatMap(sheet -> SheetHeader.locate(sheet, layout))
                .orElseThrow(() -> new ImportException("no header row with \"" + layout.headers().get(0)
                        + "\" in sheet " + layout.name()));
    }

    private static Workbook load(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file.getFileName() + ": cannot be read for the import (" + e.getMessage() + ")");
        }
    }
}
