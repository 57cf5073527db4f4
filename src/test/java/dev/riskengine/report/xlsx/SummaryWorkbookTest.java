package dev.riskengine.report.xlsx;

import dev.riskengine.report.BandColour;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.SahelFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryWorkbookTest {

    // Summary: title in row 1, header in row 2, countries from row 3 (0-based 2).
    private static final int FIRST_COUNTRY = 2;

    @TempDir
    Path folder;
    private XSSFWorkbook workbook;

    @BeforeEach
    void writeAndReadBack() throws IOException {
        Path file = folder.resolve("summary.xlsx");
        new SummaryWorkbook().write(SahelFixture.assessment(), SahelFixture.run(), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void sheetsComeInTabOrder() {
        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly("Summary", "Trend", "Map", "Contributions", "Data issues", "Run", "Changes");
    }

    @Test
    void summaryTitleNamesYearAndRunThenTheHeader() {
        Sheet summary = workbook.getSheet("Summary");

        assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                .contains("2024").contains("2026-11-25T06-00-00.123Z");
        assertThat(texts(summary.getRow(1))).containsExactly("Rank", "ISO3", "Country", "Band", "Score", "Reliability",
                "Score low", "Score high", "Change since 2023", "Band 2023", "Threat", "Exposure", "Vulnerability",
                "Completeness", "Missing indicators", "No score because");
    }

    @Test
    void summaryRowsAgreeWithTheAssessmentInRankingOrder() {
        Sheet summary = workbook.getSheet("Summary");

        assertThat(summary.getLastRowNum()).isEqualTo(FIRST_COUNTRY + 2);
        Row mali = summary.getRow(FIRST_COUNTRY);
        assertThat(mali.getCell(0).getNumericCellValue()).isEqualTo(1.0);
        assertThat(mali.getCell(1).getStringCellValue()).isEqualTo("MLI");
        assertThat(mali.getCell(2).getStringCellValue()).isEqualTo("Mali");
        assertThat(mali.getCell(3).getStringCellValue()).isEqualTo("Very High");
        assertThat(mali.getCell(4).getNumericCellValue()).isEqualTo(7.24);
        assertThat(mali.getCell(6).getNumericCellValue()).isEqualTo(6.81);
        assertThat(mali.getCell(7).getNumericCellValue()).isEqualTo(7.53);
        assertThat(mali.getCell(8).getNumericCellValue()).isEqualTo(1.24);
        assertThat(mali.getCell(9).getStringCellValue()).isEqualTo("High");
        assertThat(List.of(mali.getCell(10).getNumericCellValue(), mali.getCell(11).getNumericCellValue(),
                mali.getCell(12).getNumericCellValue())).containsExactly(8.4, 6.2, 7.3);
        assertThat(mali.getCell(13).getNumericCellValue()).isCloseTo(0.9, within(1e-12));
        assertThat(mali.getCell(14).getStringCellValue()).isEqualTo("returning_fighters");
        assertThat(summary.getRow(FIRST_COUNTRY + 1).getCell(1).getStringCellValue()).isEqualTo("NER");
        assertThat(summary.getRow(FIRST_COUNTRY + 2).getCell(1).getStringCellValue()).isEqualTo("TUN");
        assertThat(summary.getRow(FIRST_COUNTRY + 2).getCell(14).getStringCellValue())
                .isEqualTo("fighters_abroad, returning_fighters");
    }

    @Test
    void numbersCarryScoreAndPercentFormats() {
        Row mali = workbook.getSheet("Summary").getRow(FIRST_COUNTRY);

        assertThat(mali.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(mali.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("+0.0;-0.0;0.0");
        assertThat(mali.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(mali.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("0%");
    }

    @Test
    void bandCellsAreFilledWithTheBandColourAndAReadableFont() {
        Sheet summary = workbook.getSheet("Summary");
        List<String> fills = new ArrayList<>();
        for (int row = FIRST_COUNTRY; row <= FIRST_COUNTRY + 2; row++) {
            XSSFCellStyle style = (XSSFCellStyle) summary.getRow(row).getCell(3).getCellStyle();
            fills.add(style.getFillForegroundXSSFColor().getARGBHex());
        }

        assertThat(fills).doesNotHaveDuplicates();
        assertThat(fills.get(0)).isEqualTo("FF" + BandColour.forLevel(5).fill().substring(1));
        assertThat(fills.get(2)).isEqualTo("FF" + BandColour.forLevel(3).fill().substring(1));
        XSSFCellStyle veryHigh = (XSSFCellStyle) summary.getRow(FIRST_COUNTRY).getCell(3).getCellStyle();
        XSSFCellStyle medium = (XSSFCellStyle) summary.getRow(FIRST_COUNTRY + 2).getCell(3).getCellStyle();
        assertThat(veryHigh.getFont().getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
        assertThat(medium.getFont().getXSSFColor().getARGBHex()).isEqualTo("FF000000");
    }

    @Test
    void headersAreFrozenAndFiltered() {
        assertFrozenAt(workbook.getSheet("Summary"), 2);
        assertFrozenAt(workbook.getSheet("Contributions"), 1);
        assertFrozenAt(workbook.getSheet("Data issues"), 1);
        assertThat(autoFilter("Summary")).isEqualTo("A2:P5");
        assertFrozenAt(workbook.getSheet("Trend"), 1);
        assertThat(autoFilter("Trend")).isEqualTo("A1:H4");
        assertThat(autoFilter("Contributions")).isEqualTo("A1:H7");
        assertThat(autoFilter("Data issues")).isEqualTo("A1:D3");
    }

    @Test
    void summaryHasANativeBarChartOfTheRankingInBandColours() {
        XSSFSheet summary = workbook.getSheet("Summary");

        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).isEqualTo("Risk score 2024 by country (0–10)");
        XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        XDDFChartData.Series series = bars.getSeries(0);
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$C$3:$C$5");
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$E$3:$E$5");
        String xml = chart.getCTChart().toString();
        assertThat(xml).contains(BandColour.forLevel(5).fill().substring(1)).contains(BandColour.forLevel(3).fill().substring(1));
    }

    @Test
    void trendSheetHasEveryYearInBandColoursAndTheChanges() {
        Sheet trend = workbook.getSheet("Trend");

        assertThat(texts(trend.getRow(0))).containsExactly("Rank", "ISO3", "Country", "2022", "2023", "2024",
                "Change since 2023", "Change since 2022");
        Row mali = trend.getRow(1);
        assertThat(List.of(mali.getCell(3).getNumericCellValue(), mali.getCell(4).getNumericCellValue(),
                mali.getCell(5).getNumericCellValue(), mali.getCell(6).getNumericCellValue(),
                mali.getCell(7).getNumericCellValue())).containsExactly(5.0, 6.0, 7.24, 1.24, 2.24);
        XSSFCellStyle veryHigh = (XSSFCellStyle) mali.getCell(5).getCellStyle();
        assertThat(veryHigh.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FF" + BandColour.forLevel(5).fill().substring(1));
        assertThat(veryHigh.getDataFormatString()).isEqualTo("0.0");
    }

    @Test
    void aUnitWithInsufficientDataHasNoRankOrScoreButItsReliabilityAndReasons() throws IOException {
        Path file = folder.resolve("insufficient.xlsx");
        new SummaryWorkbook().write(SahelFixture.withInsufficient(), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row chad = book.getSheet("Summary").getRow(FIRST_COUNTRY + 3);
            assertThat(chad.getCell(1).getStringCellValue()).isEqualTo("TCD");
            assertThat(chad.getCell(0).getCellType()).as("no rank").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(chad.getCell(3).getStringCellValue()).isEqualTo("Insufficient data");
            assertThat(chad.getCell(4).getCellType()).as("no score").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(chad.getCell(5).getNumericCellValue()).isEqualTo(6.5);
            assertThat(chad.getCell(8).getCellType()).as("no threat score").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(chad.getCell(13).getStringCellValue()).isEqualTo(SahelFixture.CHAD_REASON);
        }
    }

    @Test
    void aUnitWithInsufficientDataIsLeftOutOfTheChartNotDrawnAsAScoreOfZero() throws IOException {
        Path file = folder.resolve("insufficient-chart.xlsx");
        new SummaryWorkbook().write(SahelFixture.withInsufficient(), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFChart chart = book.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            // rows 3 to 5 hold the three scored units; Chad's row 6 has a blank score, charted it read "0.0"
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$C$3:$C$5");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$E$3:$E$5");
        }
    }

    @Test
    void aUnitWithInsufficientDataHasNoRankInTheTrendSheet() throws IOException {
        Assessment years = SahelFixture.assessment();
        Path file = folder.resolve("insufficient-trend.xlsx");
        new SummaryWorkbook().write(new Assessment(years.year(), SahelFixture.withInsufficient().countries(), List.of(),
                years.otherYears()), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet trend = book.getSheet("Trend");
            Row chad = trend.getRow(4);
            assertThat(chad.getCell(1).getStringCellValue()).isEqualTo("TCD");
            assertThat(chad.getCell(0).getCellType()).as("no rank").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(trend.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void noUnitScoredMeansNoChart() throws IOException {
        List<CountryAssessment> none = SahelFixture.withInsufficient().countries().stream()
                .filter(unit -> !unit.scored()).toList();
        Path file = folder.resolve("none-scored.xlsx");
        new SummaryWorkbook().write(new Assessment(2024, none, List.of()), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch() == null ? List.of() : summary.getDrawingPatriarch().getCharts()).isEmpty();
        }
    }

    @Test
    void aSingleYearRunHasNoTrendSheetAndNoChangeColumns() throws IOException {
        Path file = folder.resolve("single.xlsx");
        new SummaryWorkbook().write(SahelFixture.oneYear(), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook single = new XSSFWorkbook(in)) {
            assertThat(single.getSheet("Trend")).isNull();
            assertThat(texts(single.getSheet("Summary").getRow(1))).doesNotContain("Band 2023")
                    .noneMatch(header -> header.startsWith("Change"));
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowRepeated() {
        for (String name : List.of("Summary", "Trend", "Contributions", "Data issues", "Run")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(name + ": as many pages down as it needs").isZero();
            int header = name.equals("Summary") ? 1 : 0;
            assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(new CellRangeAddress(header, header, -1, -1));
            assertThat(sheet.getMargin(PageMargin.LEFT)).as(name).isLessThan(0.7);
        }
        assertThat(workbook.getSheet("Map").getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void textIsIndentedOffTheNumberBeforeItAndHeadersWrapInsteadOfWideningNumbers() {
        Sheet summary = workbook.getSheet("Summary");
        Row tunisia = summary.getRow(FIRST_COUNTRY + 2);
        // "83%fighters_abroad" printed as one word: the percent is right-aligned, the list left-aligned beside it
        assertThat(tunisia.getCell(14).getCellStyle().getIndention()).isGreaterThanOrEqualTo((short) 1);
        assertThat(tunisia.getCell(1).getCellStyle().getIndention()).as("ISO3 after the rank").isGreaterThanOrEqualTo((short) 1);
        Row header = summary.getRow(1);
        assertThat(header.getCell(8).getStringCellValue()).startsWith("Change since");
        assertThat(header.getCell(8).getCellStyle().getWrapText()).isTrue();
        assertThat(summary.getColumnWidth(8) / 256).as("a column of changes is as wide as its longest word, not its header")
                .isLessThan(header.getCell(8).getStringCellValue().length());
    }

    @Test
    void aColumnOfNumbersUnderALongWordHasItsHeaderUprightInsteadOfBeingWidenedToIt() {
        Sheet summary = workbook.getSheet("Summary");
        Row header = summary.getRow(1);
        int vulnerability = texts(header).indexOf("Vulnerability");

        assertThat(header.getCell(vulnerability).getCellStyle().getRotation()).isEqualTo((short) 90);
        assertThat(summary.getColumnWidth(vulnerability) / 256).isLessThan("Vulnerability".length());
        assertThat(header.getHeightInPoints()).as("tall enough for the word upright")
                .isGreaterThanOrEqualTo("Vulnerability".length() * 6f);
        int changeSince = texts(header).indexOf(texts(header).stream().filter(h -> h.startsWith("Change since")).findFirst().orElseThrow());
        assertThat(header.getCell(changeSince).getCellStyle().getRotation()).as("several words wrap instead").isZero();
        assertThat(header.getCell(texts(header).indexOf("Country")).getCellStyle().getRotation()).as("a column of text").isZero();
    }

    @Test
    void aFigureIsSetOffTheTextInTheColumnAfterIt() {
        Row firstFiring = workbook.getSheet("Contributions").getRow(1);
        // "+3.0 422 terrorist attacks" read as one phrase when the points touched the reason
        assertThat(firstFiring.getCell(5).getCellStyle().getAlignment()).isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        assertThat(firstFiring.getCell(5).getCellStyle().getIndention()).isGreaterThanOrEqualTo((short) 1);
        assertThat(firstFiring.getCell(6).getCellStyle().getIndention()).isGreaterThanOrEqualTo((short) 1);
    }

    @Test
    void longReasonsRulesAndSourcesWrapWithRowsTallEnoughInsteadOfWideningTheSheet() {
        Sheet contributions = workbook.getSheet("Contributions");
        for (int col : new int[] {2, 6, 7}) {
            assertThat(contributions.getColumnWidth(col) / 256).as("column %d", col).isLessThanOrEqualTo(48);
        }
        for (Row row : contributions) {
            if (row.getRowNum() == 0 || row.getCell(6) == null || row.getCell(6).getCellType() != CellType.STRING) {
                continue;
            }
            String reason = row.getCell(6).getStringCellValue();
            int lines = SheetTable.wrappedLines(reason, contributions.getColumnWidth(6) / 256);
            assertThat(row.getHeightInPoints()).as("row %d: %s", row.getRowNum() + 1, reason)
                    .isGreaterThanOrEqualTo(lines * contributions.getDefaultRowHeightInPoints());
            assertThat(row.getCell(6).getCellStyle().getWrapText()).isTrue();
        }
        assertThat(workbook.getSheet("Run").getColumnWidth(2) / 256).isLessThanOrEqualTo(90);
    }

    @Test
    void aListBrokenAtItsSpacesTakesTheLinesItsWordsNeedNotItsLengthOverTheWidth() {
        String list = "fighters_abroad, returning_fighters, military_spending_pct_gdp, military_spending_usd_m";
        // 86 characters at 35 a line is three lines by length, but no line holds two of the last three codes
        assertThat(SheetTable.wrappedLines(list, 34)).isEqualTo(4);
        assertThat(SheetTable.wrappedLines("short", 34)).isEqualTo(1);
        assertThat(SheetTable.wrappedLines("x".repeat(100), 34)).as("one word longer than three lines").isEqualTo(3);
        assertThat(SheetTable.wrappedLines("first line\nsecond line", 34)).isEqualTo(2);
    }

    @Test
    void aScoreOfZeroIsLabelledAndOutlinedInTheChart() throws IOException {
        List<CountryAssessment> units = new ArrayList<>(SahelFixture.oneYear().countries());
        CountryAssessment last = units.get(units.size() - 1);
        units.set(units.size() - 1, new CountryAssessment(last.country(), last.rank(), 0.0, last.band(), last.bandLevel(),
                0.0, 0.0, last.dimensions(), last.completeness(), last.indicators(), last.missingIndicators(),
                last.contributions()));
        Path file = folder.resolve("zero.xlsx");
        new SummaryWorkbook().write(new Assessment(2024, units, List.of()), SahelFixture.run(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook zero = new XSSFWorkbook(in)) {
            Sheet summary = zero.getSheet("Summary");
            assertThat(summary.getRow(FIRST_COUNTRY + units.size() - 1).getCell(4).getNumericCellValue()).isZero();
            XSSFChart chart = ((XSSFSheet) summary).getDrawingPatriarch().getCharts().get(0);
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            // a bar of length 0 is invisible: its value label reads 0.0 and its outline draws a line at the axis
            assertThat(series.getDLbls().getShowVal().getVal()).isTrue();
            assertThat(series.getDLbls().getNumFmt().getFormatCode()).isEqualTo("0.0");
            assertThat(series.getDPtArray(units.size() - 1).getSpPr().getLn().isSetSolidFill()).isTrue();
        }
    }

    @Test
    void mapSheetHoldsTheChoroplethAsAPicture() {
        XSSFSheet map = workbook.getSheet("Map");
        List<XSSFPictureData> pictures = workbook.getAllPictures();

        assertThat(map.getRow(0).getCell(0).getStringCellValue()).contains("Natural Earth");
        assertThat(pictures).hasSize(1);
        assertThat(pictures.get(0).getPictureType()).isEqualTo(org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        assertThat(pictures.get(0).getData().length).isGreaterThan(10_000);
        assertThat(map.getDrawingPatriarch().getShapes()).hasSize(1);
    }

    @Test
    void columnsAreWideEnoughForTheirTextOrItsRowsTallEnoughToWrapIt() {
        Sheet summary = workbook.getSheet("Summary");

        int countryWidth = summary.getColumnWidth(2) / 256;
        assertThat(countryWidth).isGreaterThanOrEqualTo("Burkina Faso".length());
        Row longName = IntStream.rangeClosed(FIRST_COUNTRY, summary.getLastRowNum()).mapToObj(summary::getRow)
                .filter(row -> row.getCell(2) != null && SahelFixture.FORMULA_NAME.equals(row.getCell(2).getStringCellValue()))
                .findFirst().orElseThrow();
        assertThat(longName.getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(longName.getHeightInPoints()).isGreaterThanOrEqualTo(
                SheetTable.wrappedLines(SahelFixture.FORMULA_NAME, countryWidth) * summary.getDefaultRowHeightInPoints());
        // the usual two missing codes fit on one line (letters are narrower than the digits a width counts)
        assertThat(SheetTable.wrappedLines("fighters_abroad, returning_fighters", summary.getColumnWidth(14) / 256)).isEqualTo(1);
        assertThat(summary.getColumnWidth(0) / 256).isLessThan(15);
    }

    @Test
    void eachCountryLinksToItsFirstContribution() {
        Sheet summary = workbook.getSheet("Summary");
        Sheet contributions = workbook.getSheet("Contributions");

        for (int row = FIRST_COUNTRY; row <= FIRST_COUNTRY + 2; row++) {
            Cell country = summary.getRow(row).getCell(2);
            String iso3 = summary.getRow(row).getCell(1).getStringCellValue();
            String address = country.getHyperlink().getAddress();
            assertThat(address).startsWith("'Contributions'!A");
            int target = Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1;
            assertThat(contributions.getRow(target).getCell(0).getStringCellValue()).as(address).isEqualTo(iso3);
            assertThat(contributions.getRow(target - 1).getCell(0).getStringCellValue()).isNotEqualTo(iso3);
        }
        // Mali has four firings (rows 2-5), so Niger's first is row 6.
        assertThat(summary.getRow(FIRST_COUNTRY + 1).getCell(2).getHyperlink().getAddress()).isEqualTo("'Contributions'!A6");
    }

    @Test
    void inputTextThatLooksLikeAFormulaStaysAString() {
        Cell tunisia = workbook.getSheet("Summary").getRow(FIRST_COUNTRY + 2).getCell(2);

        assertThat(tunisia.getCellType()).isEqualTo(CellType.STRING);
        assertThat(tunisia.getStringCellValue()).isEqualTo(SahelFixture.FORMULA_NAME);
        assertThat(tunisia.getCellStyle().getQuotePrefixed()).isTrue();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void contributionsListEveryFiringWithItsCells() {
        Sheet contributions = workbook.getSheet("Contributions");

        assertThat(texts(contributions.getRow(0)))
                .containsExactly("ISO3", "Country", "Rule", "File", "Dimension", "Points", "Reason", "Cells");
        assertThat(contributions.getLastRowNum()).isEqualTo(6);
        Row spillover = contributions.getRow(3);
        assertThat(spillover.getCell(2).getStringCellValue()).isEqualTo("Spillover from a high-threat neighbour");
        assertThat(spillover.getCell(3).getStringCellValue()).isEqualTo("exposure.drl");
        assertThat(spillover.getCell(4).getStringCellValue()).isEqualTo("EXPOSURE");
        assertThat(spillover.getCell(5).getNumericCellValue()).isEqualTo(2.0);
        assertThat(spillover.getCell(7).getStringCellValue()).isEqualTo("Borders!C2, Indicators!E4");
        assertThat(contributions.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(-1.5);
        assertThat(contributions.getRow(5).getCell(1).getStringCellValue()).isEqualTo(SahelFixture.SCRIPT_NAME);
        assertThat(contributions.getRow(5).getCell(6).getStringCellValue()).isEqualTo(SahelFixture.PIPE_REASON);
    }

    @Test
    void dataIssuesAndRunSheetsHoldTheirRows() {
        Sheet issues = workbook.getSheet("Data issues");
        Sheet run = workbook.getSheet("Run");

        assertThat(texts(issues.getRow(0))).containsExactly("Kind", "ISO3", "Address", "Message");
        assertThat(texts(issues.getRow(1))).containsExactly("MISSING", "MLI", "Indicators!D3", "returning_fighters is blank");
        assertThat(texts(issues.getRow(2)).get(0)).isEqualTo("WARNING");
        List<String> runLines = new ArrayList<>();
        for (Row row : run) {
            runLines.add(String.join(" | ", texts(row)));
        }
        assertThat(runLines).contains(
                "Run | Run id | 2026-11-25T06-00-00.123Z",
                "Run | Started (UTC) | 2026-11-25T06:00:00.123Z",
                "Run | Input SHA-256 | " + SahelFixture.run().inputSha256(),
                "Rule file SHA-256 | exposure.drl | " + "2".repeat(64),
                "Version | drools | 10.2.0");
        assertThat(runLines).containsSubsequence("Rule file SHA-256 | threat.drl | " + "1".repeat(64),
                "Rule file SHA-256 | exposure.drl | " + "2".repeat(64));
        Row compile = findRow(run, "compile");
        assertThat(compile.getCell(0).getStringCellValue()).isEqualTo("Timing (ms)");
        assertThat(compile.getCell(2).getNumericCellValue()).isEqualTo(980.0);
    }

    private void assertFrozenAt(Sheet sheet, int rows) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) rows);
        assertThat(pane.getVerticalSplitPosition()).isZero();
    }

    private String autoFilter(String sheetName) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheetName).isTrue();
        return sheet.getCTWorksheet().getAutoFilter().getRef();
    }

    private static Row findRow(Sheet sheet, String item) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && item.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + item + " on " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
