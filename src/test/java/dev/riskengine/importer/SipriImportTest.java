package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipriImportTest {
    private static final Instant NOW = Instant.parse("2026-11-25T06:19:00Z");

    @TempDir Path folder;
    Path sipri;
    Path workbook;
    final IndicatorImporter importer = new IndicatorImporter(Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void files() throws Exception {
        sipri = SipriWorkbook.write(folder);
        workbook = AnalystWorkbook.write(folder);
    }

    ImportResult importSipri(boolean overwrite, boolean dryRun) throws Exception {
        return importer.run(TableReader.sipri(),
                new ImportRequest(sipri, workbook, Optional.empty(), overwrite, dryRun));
    }

    @Test
    void fillsBlankCellsOfTheWorkbooksCountriesAndYears() throws Exception {
        ImportResult result = importSipri(false, false);

        assertThat(result.written()).isTrue();
        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(value(read, "DZA", "military_spending_usd_m", 2014)).isEqualTo(11863.2345);
        assertThat(value(read, "DZA", "military_spending_pct_gdp", 2016)).isEqualTo(5.6512, within());
        assertThat(value(read, "CIV", "military_spending_usd_m", 2016)).isEqualTo(602.5);
        assertThat(value(read, "MAR", "military_spending_usd_m", 2016)).isEqualTo(3327.2);
        assertThat(read.missing()).anyMatch(m -> m.iso3().equals("CIV") && m.year() == 2015
                && m.code().equals("military_spending_usd_m"));
        assertThat(result.unmatchedNames()).containsExactly("Atlantis");
    }

    @Test
    void aShareOfGdpIsWrittenAsTheFractionInAPercentFormattedCell() throws Exception {
        importSipri(false, false);

        try (Workbook book = AnalystWorkbook.open(workbook)) {
            // DZA 2015, column D (military_spending_pct_gdp), row 3
            assertThat(book.getSheet("Indicators").getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.0555, within());
            assertThat(book.getSheet("Indicators").getRow(2).getCell(3).getCellStyle().getDataFormatString()).contains("%");
        }
    }

    @Test
    void aDifferentValueIsAConflictListedAndLeftAlone() throws Exception {
        ImportResult result = importSipri(false, false);

        assertThat(result.changes()).filteredOn(c -> c.kind() == CellChange.Kind.CONFLICT)
                .extracting(CellChange::describe)
                .containsExactly("Indicators!D5: holds 2 %, source says 1.07 % ('Share of GDP'!C8): left alone, "
                        + "--overwrite replaces it");
        assertThat(value(new WorkbookReader().read(workbook), "CIV", "military_spending_pct_gdp", 2014)).isEqualTo(2.0, within());
    }

    @Test
    void overwriteReplacesAConflictingValue() throws Exception {
        ImportResult result = importSipri(true, false);

        assertThat(result.count(CellChange.Kind.OVERWRITE)).isEqualTo(1);
        assertThat(value(new WorkbookReader().read(workbook), "CIV", "military_spending_pct_gdp", 2014)).isEqualTo(1.07, within());
    }

    @Test
    void aRoundedFigureInTheWorkbookIsTheSameFigure() throws Exception {
        ImportResult result = importSipri(false, true);

        assertThat(result.changes()).noneMatch(c -> c.cell().equals("Indicators!D2"));
        assertThat(result.unchanged()).isEqualTo(1);
    }

    @Test
    void aNewColumnIsAddedAtTheEndWithItsDictionaryRowAndProvenance() throws Exception {
        importSipri(false, false);

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(read.dictionary()).anyMatch(d -> d.code().equals("military_spending_usd_m") && "US$ m".equals(d.unit()));
        try (Workbook book = AnalystWorkbook.open(workbook)) {
            assertThat(book.getSheet("Indicators").getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("military_spending_usd_m");
            Sheet sources = book.getSheet("Sources");
            assertThat(sources.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kind");
            assertThat(sources.getRow(1).getCell(2).getStringCellValue()).isEqualTo("military_spending_usd_m");
            assertThat(sources.getRow(1).getCell(6).getStringCellValue()).contains("2026-11-25T06:19:00Z");
            assertThat(sources.getRow(1).getCell(7).getStringCellValue())
                    .contains("SIPRI-Milex-old-edition.xlsx").contains("Current USD").contains("2014-2016");
        }
    }

    @Test
    void aSourcesSheetOfFreeNotesIsLeftAloneAndTheImportSaysSo() throws Exception {
        try (Workbook book = AnalystWorkbook.open(workbook)) {
            book.createSheet("Sources").createRow(0).createCell(0).setCellValue("Military spending: SIPRI, by hand");
            try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }

        ImportResult result = importSipri(false, false);

        assertThat(result.written()).isTrue();
        assertThat(result.provenanceRecorded()).isFalse();
        assertThat(new ImportReportText().lines(result, "indicators.xlsx", false))
                .anyMatch(line -> line.startsWith("The Sources sheet has no Kind, Column and Source header row"));
        try (Workbook book = AnalystWorkbook.open(workbook)) {
            assertThat(book.getSheet("Sources").getLastRowNum()).isZero();
            assertThat(book.getSheet("Sources").getRow(0).getLastCellNum()).isEqualTo((short) 1);
        }
    }

    @Test
    void theReplacedWorkbookKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(workbook).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(workbook, shared);

        importSipri(false, false);

        assertThat(Files.getPosixFilePermissions(workbook)).isEqualTo(shared);
    }

    @Test
    void theEngineReadsTheImportsProvenanceBack() throws Exception {
        importSipri(false, false);

        IndicatorWorkbook read = new WorkbookReader().read(workbook);

        String edition = "SIPRI Military Expenditure Database, years 2014-2016, sheets \"Current USD\" and \"Share of GDP\"";
        assertThat(read.provenance()).containsExactly(
                new dev.riskengine.model.Provenance("military_spending_pct_gdp",
                        "SIPRI-Milex-old-edition.xlsx (" + edition + ")", "SIPRI-Milex-old-edition.xlsx", edition,
                        "2026-11-25T06:19:00Z"),
                new dev.riskengine.model.Provenance("military_spending_usd_m",
                        "SIPRI-Milex-old-edition.xlsx (" + edition + ")", "SIPRI-Milex-old-edition.xlsx", edition,
                        "2026-11-25T06:19:00Z"));
    }

    @Test
    void otherSheetsFormulasCommentsAndColumnOrderAreKept() throws Exception {
        importSipri(false, false);

        try (Workbook book = AnalystWorkbook.open(workbook)) {
            assertThat(book.getSheetAt(4).getSheetName()).isEqualTo("Notes");
            assertThat(book.getSheet("Notes").getRow(2).getCell(1).getCellFormula()).isEqualTo(AnalystWorkbook.NOTES_FORMULA);
            Sheet indicators = book.getSheet("Indicators");
            assertThat(indicators.getRow(0).getCell(2).getCellComment().getString().getString())
                    .isEqualTo("Share of territory, analyst judgment");
            assertThat(List.of(0, 1, 2, 3)).extracting(c -> indicators.getRow(0).getCell(c).getStringCellValue())
                    .containsExactly("ISO3", "Year", "government_control_pct", "military_spending_pct_gdp");
        }
    }

    @Test
    void aBackupOfThePreviousWorkbookIsWrittenNextToIt() throws Exception {
        byte[] before = Files.readAllBytes(workbook);

        ImportResult result = importSipri(false, false);

        assertThat(result.backup()).contains(folder.resolve("indicators.backup-20261125T061900Z.xlsx").toAbsolutePath());
        assertThat(Files.readAllBytes(result.backup().get())).isEqualTo(before);
    }

    @Test
    void aDryRunListsTheChangesAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(workbook);

        ImportResult result = importSipri(false, true);

        assertThat(result.changes()).extracting(CellChange::describe)
                .contains("Indicators!E2: (blank) -> 11863.2345", "Indicators!D3: (blank) -> 5.55 %");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("indicators.xlsx", "SIPRI-Milex-old-edition.xlsx");
    }

    @Test
    void anImportThatWouldMakeTheWorkbookInvalidLeavesItUntouched() throws Exception {
        // given a Dictionary bound the source breaks: at most 1 % of GDP
        try (Workbook book = AnalystWorkbook.open(workbook)) {
            book.getSheet("Dictionary").getRow(2).getCell(4).setCellValue(1.0);
            book.getSheet("Indicators").getRow(1).getCell(3).setBlank();
            book.getSheet("Indicators").getRow(4).getCell(3).setBlank();
            try (var out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        byte[] before = Files.readAllBytes(workbook);

        ImportException failure = catchThrowableOfType(() -> importSipri(false, false), ImportException.class);

        assertThat(failure.lines()).last().asString().contains("the import would make the workbook invalid");
        assertThat(failure.lines()).first().asString().startsWith("indicators.xlsx: Indicators!");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("indicators.xlsx", "SIPRI-Milex-old-edition.xlsx");
    }

    @Test
    void aFileThatIsNotTheSipriWorkbookIsNamedInOneLine() throws Exception {
        ImportException failure = catchThrowableOfType(() -> importer.run(TableReader.sipri(),
                new ImportRequest(workbook, workbook, Optional.empty(), false, true)), ImportException.class);

        assertThat(failure.lines()).singleElement().asString()
                .startsWith("indicators.xlsx: no sheet like \"Current US*\" (sheets: \"Countries\"");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    static double value(IndicatorWorkbook workbook, String iso3, String code, int year) {
        return workbook.indicators().stream()
                .filter(i -> i.getIso3().equals(iso3) && i.getCode().equals(code) && i.getYear() == year)
                .mapToDouble(Indicator::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " for " + iso3 + " " + year));
    }

    static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
