package dev.riskengine.report.xlsx;

import dev.riskengine.report.BandColour;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.UnitNoun;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

import java.util.List;

/**
 * The ranking as a native Excel bar chart below the Summary table: one horizontal bar per
 * scored country, rank 1 at the top, each bar in its band colour, outlined and labelled with its score. It reads the table's cells, so an
 * analyst who edits a score sees the chart follow.
 */
final class SummaryChart {

    private static final int ROWS_PER_COUNTRY_TENTHS = 13; // 1.3 rows of height per bar
    private static final int MIN_ROWS = 12;
    private static final byte[] OUTLINE = {0x33, 0x33, 0x33};

    private SummaryChart() {
    }

    /**
     * @param firstRow  0-based row of the first country in the table
     * @param nameCol   column of the country names (the categories)
     * @param scoreCol  column of the scores (the values)
     * @param lastCol   the last column the chart may span
     */
    static void draw(XSSFSheet sheet, List<CountryAssessment> units, int year, int firstRow, int nameCol,
                     int scoreCol, int lastCol) {
        // Units with insufficient data come last in the table and have no score. Charted, their
        // blank score cells become bars labelled "0.0" (LibreOffice): the "no risk" they are not.
        List<CountryAssessment> countries = units.stream().takeWhile(CountryAssessment::scored).toList();
        if (countries.isEmpty()) {
            return;
        }
        int lastRow = firstRow + countries.size() - 1;
        int top = firstRow + units.size() + 2;
        int height = Math.max(MIN_ROWS, 3 + countries.size() * ROWS_PER_COUNTRY_TENTHS / 10);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, lastCol + 1, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Risk score " + year + " by " + UnitNoun.of(countries.stream().map(CountryAssessment::iso3)).singular()
                + " (0–10)");
        chart.setTitleOverlay(false);

        XDDFCategoryAxis countriesAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        countriesAxis.setOrientation(AxisOrientation.MAX_MIN); // rank 1 at the top, as in the table
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        scoreAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        scoreAxis.setMinimum(Math.min(0, countries.stream().mapToDouble(CountryAssessment::score)
                .filter(Double::isFinite).min().orElse(0)));
        scoreAxis.setMaximum(Math.max(10, countries.stream().mapToDouble(CountryAssessment::score)
                .filter(Double::isFinite).max().orElse(10)));
        scoreAxis.setMajorUnit(1);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, countriesAxis, scoreAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(40);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, nameCol, nameCol)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, scoreCol, scoreCol)));
        series.setTitle("Score", null);
        series.setInvertIfNegative(false);
        // One data point per bar, for its colour. XDDF's getDataPoint(i) searches the points made
        // so far, which for a thousand countries took seconds; adding them in order does not.
        for (int i = 0; i < countries.size(); i++) {
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(BandColour.forLevel(countries.get(i).bandLevel()).fillRgb())));
            shape.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(OUTLINE)))); // a score of 0 still shows as a line at the axis
            CTDPt point = series.getCTBarSer().addNewDPt();
            point.addNewIdx().setVal(i);
            point.setSpPr(shape.getXmlObject());
        }
        valueLabels(series);
        chart.plot(data);
    }

    /**
     * Each bar's score printed at its end, to one decimal as the table shows it: a printed chart is
     * read without the table beside it, and a score of 0, which has no bar, still reads "0.0".
     */
    private static void valueLabels(XDDFBarChartData.Series series) {
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewNumFmt().setFormatCode("0.0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
