package dev.riskengine.report.xlsx;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.BandColour;
import dev.riskengine.report.map.MapUnit;
import dev.riskengine.report.map.UnitMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sheet "Map": the same choropleth as report.html, as a PNG drawn here with java.awt (headless)
 * from {@link UnitMap}'s projected shapes, with its legend in the picture so it prints alone;
 * under it, the units the map could not draw. Printed landscape on one page.
 */
final class MapSheet {

    static final String NAME = "Map";
    private static final double SCALE = 1.5; // pixels per picture unit: sharp when printed
    private static final int LEGEND_HEIGHT = 40;
    private static final int COLUMNS = 15;
    private static final int COLUMN_WIDTH = (int) Math.round(UnitMap.WIDTH / COLUMNS / 7.0 * 256); // 64 px, in 1/256 of a 7 px character
    private static final double ROW_PIXELS = 20;
    private static final Color SEA = new Color(0xEE, 0xF4, 0xF8);
    private static final Color LAND = new Color(0xE4, 0xE4, 0xE4);

    private MapSheet() {
    }

    /**
     * Adds the sheet at tab {@code position} when the run has something to draw; a run of regions
     * without outlines gets none.
     */
    static void write(Workbook workbook, WorkbookStyles styles, List<CountryAssessment> countries, int position) {
        UnitMap map = UnitMap.of(MapUnit.of(countries));
        if (map.units().isEmpty()) {
            return;
        }
        XSSFSheet sheet = (XSSFSheet) workbook.createSheet(NAME);
        workbook.setSheetOrder(NAME, position);
        sheet.createRow(0).createCell(0).setCellValue(map.grid() ? "Risk band by grid cell"
                : map.units().stream().anyMatch(s -> s.unit().outline() != null)
                ? "Risk band by unit. Boundaries: Natural Earth admin-0, 1:110m (public domain), and the workbook's Geometry column."
                : "Risk band by country. Boundaries: Natural Earth admin-0, 1:110m (public domain).");
        sheet.getRow(0).getCell(0).setCellStyle(styles.title());
        byte[] png = png(map);
        int picture = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // Anchored over whole cells of the sheet's default size (64 by 20 pixels), so that Excel and
        // LibreOffice both show it 960 pixels wide, whatever DPI they assume for the PNG.
        int rows = (int) Math.round((map.height() + LEGEND_HEIGHT) / ROW_PIXELS);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 2, COLUMNS, 2 + rows);
        drawing.createPicture(anchor, picture);
        for (int col = 0; col < COLUMNS; col++) {
            sheet.setColumnWidth(col, COLUMN_WIDTH);
        }
        int next = 2 + rows + 1;
        for (MapUnit unit : map.notDrawn()) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue("Not drawn (no shape): " + unit.code()
                    + (unit.name() == null ? "" : " " + unit.name()));
        }
        SheetTable.printLandscapeOnePageWide(sheet);
    }

    static byte[] png(UnitMap map) {
        int width = (int) Math.round(UnitMap.WIDTH * SCALE);
        int height = (int) Math.round((map.height() + LEGEND_HEIGHT) * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(SCALE, SCALE);
            g.setColor(map.grid() ? Color.WHITE : SEA);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, UnitMap.WIDTH, map.height()));
            g.setClip(new java.awt.geom.Rectangle2D.Double(0, 0, UnitMap.WIDTH, map.height())); // land runs past the frame
            g.setStroke(new BasicStroke(0.6f));
            for (UnitMap.Shape land : map.land()) {
                Path2D path = path(land);
                g.setColor(LAND);
                g.fill(path);
                g.setColor(Color.WHITE);
                g.draw(path);
            }
            g.setStroke(new BasicStroke(map.grid() ? 0.3f : 0.7f));
            for (UnitMap.Shape shape : map.units()) {
                Path2D path = path(shape);
                g.setColor(Color.decode(BandColour.forLevel(shape.unit().level()).fill()));
                g.fill(path);
                g.setColor(new Color(0x33, 0x33, 0x33));
                g.draw(path);
            }
            g.setClip(null);
            legend(g, map);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the map", e);
        }
        return bytes.toByteArray();
    }

    private static Path2D path(UnitMap.Shape shape) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : shape.rings()) {
            path.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                path.lineTo(ring[i], ring[i + 1]);
            }
            path.closePath();
        }
        return path;
    }

    private static void legend(Graphics2D g, UnitMap map) {
        Map<Integer, String> bands = new TreeMap<>((a, b) -> b - a);
        map.units().forEach(s -> bands.putIfAbsent(s.unit().level(), s.unit().band()));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        double x = 4;
        double y = map.height() + 14;
        for (Map.Entry<Integer, String> band : bands.entrySet()) {
            x = swatch(g, x, y, Color.decode(BandColour.forLevel(band.getKey()).fill()), band.getValue());
        }
        if (!map.land().isEmpty()) {
            swatch(g, x, y, LAND, "Not assessed");
        }
    }

    private static double swatch(Graphics2D g, double x, double y, Color colour, String label) {
        g.setColor(colour);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, 14, 14));
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.draw(new java.awt.geom.Rectangle2D.Double(x, y, 14, 14));
        g.drawString(label, (float) (x + 20), (float) (y + 12));
        return x + 20 + g.getFontMetrics().stringWidth(label) + 24;
    }
}
