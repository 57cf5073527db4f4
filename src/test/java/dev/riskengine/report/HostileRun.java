package dev.riskengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.run.RunRequest;
import dev.riskengine.run.RunResult;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dev.riskengine.report.json.ScoresJson;

/**
 * A real run over the sample workbook (every year, every rule) in which two country names are
 * the kind of text a careless or hostile workbook holds: markup with a script and quotes for
 * the HTML, and a leading "=" for the spreadsheet. The real-software tests open its reports.
 */
public final class HostileRun {

    public static final String SCRIPT_NAME = "Mali <script>alert(1)</script> \"&'";
    public static final String FORMULA_NAME = "=1+2 Tunisia";

    private HostileRun() {
    }

    /** Runs the assessment into {@code folder}/reports and returns the published run folder. */
    public static Path in(Path folder) throws Exception {
        Path input = folder.resolve("indicators.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("inputs", "indicators.xlsx"));
             Workbook workbook = new XSSFWorkbook(in)) {
            rename(workbook.getSheet("Countries"), "MLI", SCRIPT_NAME);
            rename(workbook.getSheet("Countries"), "TUN", FORMULA_NAME);
            try (OutputStream out = Files.newOutputStream(input)) {
                workbook.write(out);
            }
        }
        RunResult result = new AssessmentRun().execute(
                new RunRequest(input, Path.of("rules"), folder.resolve("reports"), null));
        return result.folder();
    }

    public static JsonNode scores(Path runFolder) throws IOException {
        return ScoresJson.read(runFolder.resolve(ScoresJson.FILE_NAME));
    }

    /** A score as the reports print it: one decimal, always a dot. */
    public static String oneDecimal(JsonNode number) {
        return String.format(Locale.ROOT, "%.1f", number.asDouble());
    }

    private static void rename(Sheet countries, String iso3, String name) {
        DataFormatter text = new DataFormatter();
        Row header = findHeader(countries, text);
        int isoCol = column(header, "iso3", text);
        int nameCol = column(header, "name", text);
        for (Row row : countries) {
            if (row.getRowNum() > header.getRowNum() && iso3.equals(text.formatCellValue(row.getCell(isoCol)).trim())) {
                row.getCell(nameCol).setCellValue(name);
                return;
            }
        }
        throw new IllegalStateException("no " + iso3 + " in the sample's Countries sheet");
    }

    private static Row findHeader(Sheet sheet, DataFormatter text) {
        for (Row row : sheet) {
            for (int col = 0; col < row.getLastCellNum(); col++) {
                if ("iso3".equalsIgnoreCase(text.formatCellValue(row.getCell(col)).trim())) {
                    return row;
                }
            }
        }
        throw new IllegalStateException("no ISO3 header in the sample's Countries sheet");
    }

    private static int column(Row header, String name, DataFormatter text) {
        for (int col = 0; col < header.getLastCellNum(); col++) {
            if (name.equalsIgnoreCase(text.formatCellValue(header.getCell(col)).trim())) {
                return col;
            }
        }
        throw new IllegalStateException("no " + name + " header in the sample's Countries sheet");
    }
}
