package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two walks read every odd cell alike: a table of cells as scripts and other programs store
 * them, read whole and streamed from the same file, must give the same content, kind for kind.
 */
class CellAgreementTest {
    /** Each cell's XML (in row 1 of a sheet of its own) and how both walks must read it. */
    private static final String[][] CELLS = {
            {"<c r=\"A1\" t=\"n\"><v/></c>", "Blank"},
            {"<c r=\"B1\" t=\"n\"><v></v></c>", "Blank"},
            {"<c r=\"C1\"><v>  </v></c>", "Blank"},
            {"<c r=\"D1\" t=\"n\"><v>NaN</v></c>", "NotANumber \"NaN\" (not a finite number)"},
            {"<c r=\"E1\" t=\"n\"><v>INF</v></c>", "NotANumber \"INF\" (not a finite number)"},
            {"<c r=\"F1\"><v>-INF</v></c>", "NotANumber \"-INF\" (not a finite number)"},
            {"<c r=\"G1\" t=\"n\"><v>12.5</v></c>", "Numeric \"12.5\" 12.5"},
            {"<c r=\"H1\" t=\"inlineStr\"><is><t> 1,200 </t></is></c>", "Text \"1,200\" 1200.0"},
            {"<c r=\"I1\" t=\"inlineStr\"><is><r><t>Nort</t></r><r><t>h</t></r></is></c>", "Text \"North\""},
            {"<c r=\"J1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>", "Text \"ab\""},
            {"<c r=\"K1\"><f>2+3</f><v>5</v></c>", "Numeric \"5\" 5.0"},
            {"<c r=\"L1\" t=\"str\"><f>\"\"</f><v></v></c>", "Blank"},
            {"<c r=\"M1\" t=\"b\"><v>1</v></c>", "Bool \"TRUE\""},
            {"<c r=\"N1\" t=\"b\"><v>0</v></c>", "Bool \"FALSE\""},
            {"<c r=\"O1\" t=\"e\"><v>#N/A</v></c>", "ErrorValue the error #N/A"},
            {"<c r=\"P1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "ErrorValue the formula error #DIV/0! from =1/0"},
            // a date's serial day number is no figure (Excel turns a range typed as 3-5 into a date)
            {"<c r=\"Q1\" s=\"1\"><v>45292</v></c>", "Numeric \"1/1/24\""},
            {"<c r=\"R1\" t=\"n\"><f>NA()</f><v>NaN</v></c>", "NotANumber \"NaN\" (not a finite number)"},
    };

    @TempDir
    Path folder;

    @Test
    void bothWalksReadEveryOddCellAlike() throws Exception {
        TestWorkbook book = TestWorkbook.valid();
        book.sheet("Odd", TestWorkbook.row());
        var dateStyle = book.workbook().createCellStyle(); // style 1 of the saved file: a date
        dateStyle.setDataFormat(book.workbook().createDataFormat().getFormat("m/d/yy"));
        for (String[] cell : CELLS) {
            String address = cell[0].substring(cell[0].indexOf("r=\"") + 3, cell[0].indexOf('"', cell[0].indexOf("r=\"") + 3));
            book.rawCell("Odd", address, cell[0]);
        }
        Path file = book.writeTo(folder);

        List<String> whole;
        try (WorkbookSource source = new InMemoryWorkbook(WorkbookFactory.create(file.toFile(), null, true))) {
            whole = describe(source);
        }
        List<String> streamed;
        try (WorkbookSource source = StreamingWorkbook.open(file)) {
            streamed = describe(source);
        }

        assertThat(streamed).isEqualTo(whole);
        List<String> expected = new ArrayList<>();
        for (String[] cell : CELLS) {
            expected.add(cell[1]);
        }
        assertThat(whole).isEqualTo(expected);
    }

    private static List<String> describe(WorkbookSource source) {
        List<String> cells = new ArrayList<>();
        source.sheet("Odd").rows(row -> row.cells().forEach(cell -> cells.add(describe(cell))));
        return cells;
    }

    /** The kind, what a problem would say it found, and the number it reads as (if any). */
    private static String describe(CellContent cell) {
        String kind = cell.getClass().getSimpleName();
        if (cell.isBlank()) {
            return kind;
        }
        var number = cell.asNumber(false);
        return kind + " " + cell.found() + (number.isPresent() ? " " + number.getAsDouble() : "");
    }
}
