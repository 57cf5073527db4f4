package dev.riskengine.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds indicator workbooks in memory for tests, starting from a small valid one, so that each
 * test states only the defect it is about. Cells are addressed the way messages name them.
 */
final class TestWorkbook {
    private final Workbook workbook;
    private final String extension;
    /** Cells written as raw sheet XML after POI has saved the file, keyed by sheet name, then address. */
    private final Map<String, Map<String, String>> rawCells = new LinkedHashMap<>();
    /** Parts of the saved zip rewritten after POI has saved the file, keyed by part name. */
    private final Map<String, UnaryOperator<String>> rawParts = new LinkedHashMap<>();

    private TestWorkbook(Workbook workbook, String extension) {
        this.workbook = workbook;
        this.extension = extension;
    }

    /**
     * Three North African countries, two indicators (a count with no maximum and a % bounded
     * 0-100), two borders, all for 2024. Row 1 holds the headers, so data starts at row 2.
     */
    static TestWorkbook valid() {
        return fill(new TestWorkbook(new XSSFWorkbook(), ".xlsx"));
    }

    static TestWorkbook validXls() {
        return fill(new TestWorkbook(new HSSFWorkbook(), ".xls"));
    }

    private static TestWorkbook fill(TestWorkbook book) {
        return book
                .sheet("Countries",
                        row("ISO3", "Name", "Region", "Population"),
                        row("MAR", "Morocco", "North Africa", 37_100_000),
                        row("DZA", "Algeria", "North Africa", 45_600_000),
                        row("TUN", "Tunisia", "North Africa", 12_200_000))
                .sheet("Indicators",
                        row("ISO3", "Year", "fighters_abroad", "government_control_pct"),
                        row("MAR", 2024, 1500, 100),
                        row("DZA", 2024, 170, 95),
                        row("TUN", 2024, 3000, 100))
                .sheet("Borders",
                        row("ISO3", "Neighbour", "Length_km"),
                        row("MAR", "DZA", 1941),
                        row("DZA", "TUN", 1034))
                .sheet("Dictionary",
                        row("Code", "Name", "Unit", "Min", "Max", "Description", "Source"),
                        row("fighters_abroad", "Fighters abroad", "count", 0, null,
                                "Citizens who joined jihadist groups abroad", "ICSR"),
                        row("government_control_pct", "Government control", "%", 0, 100,
                                "Share of territory under effective state control", "Analyst estimate"));
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** Replaces the sheet (or adds it) with the given rows from row 1 down; null leaves a cell out. */
    TestWorkbook sheet(String name, Object[]... rows) {
        int existing = workbook.getSheetIndex(name);
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                put(sheet, r, c, rows[r][c]);
            }
        }
        return this;
    }

    /** Adds a row below the last one. */
    TestWorkbook append(String sheetName, Object... values) {
        Sheet sheet = workbook.getSheet(sheetName);
        int r = sheet.getLastRowNum() + 1;
        for (int c = 0; c < values.length; c++) {
            put(sheet, r, c, values[c]);
        }
        return this;
    }

    /** Hides the sheet in the workbook, as Excel's Hide does. */
    TestWorkbook hide(String sheetName) {
        workbook.setSheetHidden(workbook.getSheetIndex(sheetName), true);
        return this;
    }

    /** Sets one cell, e.g. {@code set("Indicators", "C2", "abc")}; null removes the cell. */
    TestWorkbook set(String sheetName, String address, Object value) {
        CellReference ref = new CellReference(address);
        put(workbook.getSheet(sheetName), ref.getRow(), ref.getCol(), value);
        return this;
    }

    /** A numeric cell shown with a number format such as {@code 0.0%}. */
    TestWorkbook formatted(String sheetName, String address, double value, String format) {
        Cell cell = cell(sheetName, address);
        cell.setCellValue(value);
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
        return this;
    }

    /** A formula saved without a result, as some generators write it. */
    TestWorkbook formula(String sheetName, String address, String formula) {
        Cell cell = cell(sheetName, address);
        cell.setCellFormula(formula);
        // POI keeps a cell's earlier value as the formula's saved result; drop it.
        if (cell instanceof XSSFCell xssf && xssf.getCTCell().isSetV()) {
            xssf.getCTCell().unsetV();
        }
        return this;
    }

    /** A formula saved with its result, as Excel and LibreOffice write it. */
    TestWorkbook evaluatedFormula(String sheetName, String address, String formula) {
        Cell cell = cell(sheetName, address);
        cell.setCellFormula(formula);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        return this;
    }

    /** A formula whose saved result differs from what it would compute now, as after a manual recalculation switch. */
    TestWorkbook formulaWithSavedResult(String sheetName, String address, String formula, double savedResult) {
        Cell cell = cell(sheetName, address);
        cell.setCellFormula(formula);
        cell.setCellValue(savedResult);
        return this;
    }

    /**
     * A cell written as the given XML, e.g. {@code <c r="C2" t="n"><v>NaN</v></c>}: what other
     * generators write and POI's usermodel cannot (an empty value, NaN, a formula with an empty
     * saved result). The XML replaces the cell POI saved at that address ({@code .xlsx} only).
     */
    TestWorkbook rawCell(String sheetName, String address, String xml) {
        set(sheetName, address, 0); // a placeholder, so that POI writes a cell to replace
        rawCells.computeIfAbsent(sheetName, name -> new LinkedHashMap<>()).put(address, xml);
        return this;
    }

    /**
     * A part of the saved file rewritten as text, e.g. {@code rawPart("docProps/core.xml", ...)}:
     * damage that POI's usermodel would never write (a DOCTYPE, a row numbered "abc").
     */
    TestWorkbook rawPart(String part, UnaryOperator<String> edit) {
        rawParts.merge(part, edit, (first, then) -> xml -> then.apply(first.apply(xml)));
        return this;
    }

    /**
     * Adds a sheet of notes padded with random text in an XML comment (which every reader skips)
     * so that the file is streamed when read as {@code ./risk} reads it ({@link CellWalk#AUTOMATIC}).
     */
    TestWorkbook largeEnoughToStream() {
        workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("padding follows");
        String part = "xl/worksheets/sheet" + workbook.getNumberOfSheets() + ".xml";
        StringBuilder padding = new StringBuilder("<!-- ");
        new Random(1).ints(2 * CellWalk.STREAMING_FROM_BYTES, 0, 62)
                .forEach(i -> padding.append((char) (i < 10 ? '0' + i : i < 36 ? 'a' + i - 10 : 'A' + i - 36)));
        return rawPart(part, xml -> xml.replace("<sheetData>", padding + " --><sheetData>"));
    }

    TestWorkbook removeSheet(String name) {
        workbook.removeSheetAt(workbook.getSheetIndex(name));
        return this;
    }

    TestWorkbook renameSheet(String name, String newName) {
        workbook.setSheetName(workbook.getSheetIndex(name), newName);
        return this;
    }

    /** Writes {@code indicators.xlsx} (or {@code .xls}) into the folder. */
    Path writeTo(Path folder) throws IOException {
        Path file = folder.resolve("indicators" + extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        if (!rawCells.isEmpty() || !rawParts.isEmpty()) {
            replaceRawCells(file);
        }
        return file;
    }

    /** Rewrites the saved zip, swapping each placeholder cell of {@link #rawCell} for its XML, then {@link #rawPart}s. */
    private void replaceRawCells(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        for (Map.Entry<String, Map<String, String>> sheet : rawCells.entrySet()) {
            // POI saves the sheets in order as sheet1.xml, sheet2.xml, ...
            String part = "xl/worksheets/sheet" + (workbook.getSheetIndex(sheet.getKey()) + 1) + ".xml";
            String xml = new String(entries.get(part), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> cell : sheet.getValue().entrySet()) {
                Matcher placeholder = Pattern.compile("<c r=\"" + cell.getKey() + "\"[^>]*?(/>|>.*?</c>)").matcher(xml);
                if (!placeholder.find()) {
                    throw new IllegalStateException("no cell " + cell.getKey() + " in " + part);
                }
                xml = xml.substring(0, placeholder.start()) + cell.getValue() + xml.substring(placeholder.end());
            }
            entries.put(part, xml.getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, UnaryOperator<String>> part : rawParts.entrySet()) {
            byte[] saved = entries.get(part.getKey());
            if (saved == null) {
                throw new IllegalStateException("no part " + part.getKey() + " in " + entries.keySet());
            }
            entries.put(part.getKey(), part.getValue().apply(new String(saved, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    Workbook workbook() {
        return workbook;
    }

    private Cell cell(String sheetName, String address) {
        CellReference ref = new CellReference(address);
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static void put(Sheet sheet, int r, int c, Object value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        if (value == null) {
            Cell old = row.getCell(c);
            if (old != null) {
                row.removeCell(old);
            }
            return;
        }
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
