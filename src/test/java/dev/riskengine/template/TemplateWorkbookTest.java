package dev.riskengine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.riskengine.cli.RiskCommand;
import dev.riskengine.workbook.layout.DefaultIndicators;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TemplateWorkbookTest {
    @TempDir Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int risk(String... args) {
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    static Workbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    @Test
    void theFourSheetsAfterTheInstructionsWithTheDefaultDictionary() throws Exception {
        Path file = folder.resolve("blank.xlsx");
        new TemplateWorkbook().write(file, false);

        try (Workbook book = open(file)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4))).containsExactly("Instructions", "Countries", "Indicators", "Borders", "Dictionary");
            assertThat(headers(book.getSheet("Indicators"))).startsWith("ISO3", "Year")
                    .containsAll(DefaultIndicators.ALL.stream().map(IndicatorDefinition::code).toList());
            assertThat(book.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Country Risk Engine: indicator workbook");
        }
        IndicatorWorkbook read = new WorkbookReader().read(file);
        assertThat(read.dictionary()).containsExactlyElementsOf(DefaultIndicators.ALL);
        assertThat(read.countries()).isEmpty();
    }

    @Test
    void everyHeaderHasANoteAndEveryNumericColumnAValidation() throws Exception {
        Path file = folder.resolve("blank.xlsx");
        new TemplateWorkbook().write(file, false);

        try (Workbook book = open(file)) {
            for (String name : List.of("Countries", "Indicators", "Borders", "Dictionary")) {
                Sheet sheet = book.getSheet(name);
                for (Cell header : sheet.getRow(0)) {
                    assertThat(header.getCellComment()).as(name + " " + header.getStringCellValue()).isNotNull();
                    assertThat(header.getCellComment().getString().getString()).isNotBlank();
                }
            }
            Sheet indicators = book.getSheet("Indicators");
            List<String> formulas = new ArrayList<>();
            for (DataValidation validation : indicators.getDataValidations()) {
                formulas.add(validation.getValidationConstraint().getFormula1());
            }
            // Year, then one per indicator with the Dictionary's bounds
            assertThat(formulas).hasSize(2 + DefaultIndicators.ALL.size())
                    .contains("OR(ISTEXT(C2),AND(C2>=0,C2<=20000))", "OR(ISTEXT(K2),AND(K2>=0,K2<=100))");
            assertThat(indicators.getDataValidations()).allSatisfy(v -> assertThat(v.getErrorBoxText()).startsWith("Expected "));
            assertThat(book.getSheet("Countries").getDataValidations()).hasSize(2); // ISO3 and Population
            assertThat(book.getSheet("Borders").getDataValidations()).hasSize(3);
        }
    }

    @Test
    void filledWithOneCountryItPassesValidate() throws Exception {
        Path file = folder.resolve("mali.xlsx");
        assertThat(risk("template", file.toString())).isZero();
        try (Workbook book = open(file)) {
            Row country = book.getSheet("Countries").createRow(1);
            country.createCell(0).setCellValue("MLI");
            country.createCell(1).setCellValue("Mali");
            country.createCell(2).setCellValue("Sahel");
            country.createCell(3).setCellValue(18_000_000);
            Row year = book.getSheet("Indicators").createRow(1);
            year.createCell(0).setCellValue("MLI");
            year.createCell(1).setCellValue(2016);
            year.createCell(2).setCellValue("80-100");
            year.createCell(5).setCellValue(90);
            Row border = book.getSheet("Borders").createRow(1);
            border.createCell(0).setCellValue("MLI");
            border.createCell(1).setCellValue("NER");
            border.createCell(2).setCellValue(838);
            try (OutputStream stream = Files.newOutputStream(file)) {
                book.write(stream);
            }
        }

        int code = risk("validate", "--input", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("mali.xlsx is valid: 1 country, years [2016], 9 indicators in the Dictionary, 2 values");
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForce() throws Exception {
        Path file = Files.writeString(folder.resolve("mine.xlsx"), "the analyst's own file");

        int refused = risk("template", file.toString());

        assertThat(refused).isEqualTo(5);
        assertThat(err.toString()).isEqualTo(file + ": already exists; nothing written (--force replaces it)"
                + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("the analyst's own file");
        assertThat(risk("template", file.toString(), "--force")).isZero();
        assertThat(new WorkbookReader().read(file).dictionary()).hasSize(DefaultIndicators.ALL.size());
        assertThat(Files.list(folder)).containsExactly(file);
    }

    /** LibreOffice opens the template and keeps its notes and checks (saved back as .xlsx and read again). */
    @Test
    void libreOfficeKeepsTheNotesAndChecks() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed here");
        Path file = folder.resolve("blank.xlsx");
        new TemplateWorkbook().write(file, false);
        Path converted = Files.createDirectory(folder.resolve("converted"));

        Process office = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--convert-to", "xlsx", "--outdir", converted.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(180, TimeUnit.SECONDS)).isTrue();

        try (Workbook book = open(converted.resolve("blank.xlsx"))) {
            Sheet indicators = book.getSheet("Indicators");
            assertThat(indicators.getRow(0).getCell(2).getCellComment().getString().getString()).startsWith("Fighters abroad");
            assertThat(indicators.getDataValidations()).hasSize(2 + DefaultIndicators.ALL.size());
        }
        assertThat(new WorkbookReader().read(converted.resolve("blank.xlsx")).dictionary()).hasSize(DefaultIndicators.ALL.size());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }
}
