package dev.riskengine.workbook;

import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.LongForm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A long-form table walked as a sheet, so that the workbook's sheet readers validate it cell by
 * cell: each value becomes the {@link CellContent} a cell holding it would be, placed by the
 * table's name, the row's number and the column's header ({@code indicators.csv:17 (column value)}).
 */
final class LongFormSheet implements SheetSource {
    /**
     * A number as programs write it, in plain digits or in scientific notation (Spark and pandas
     * write 1.0E7): in a column of numbers it is what Excel stores for a number typed into a cell,
     * so it reads as that cell does ({@code 1.200} is 1.2, with no warning on a dot before three
     * digits). Anything else is text and read as the workbook reads a number typed as text:
     * {@code 2,5} refused, {@code 1,200} grouped.
     */
    private static final Pattern MACHINE_NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    /** What CSV writers put for a number that is none (Spark, pandas, R). */
    private static final Set<String> NOT_A_NUMBER = Set.of("nan", "inf", "-inf", "+inf", "infinity", "-infinity",
            "+infinity");
    /** The columns of numbers of the long-form tables; the others (codes, names, WKT) stay text as typed. */
    private static final Set<NameKey> NUMBER_COLUMNS = Stream.of(LongForm.YEAR, LongForm.VALUE, LongForm.LOW,
                    LongForm.HIGH, WorkbookLayout.Countries.POPULATION, WorkbookLayout.Borders.LENGTH_KM,
                    WorkbookLayout.Dictionary.MIN, WorkbookLayout.Dictionary.MAX)
            .map(column -> NameKey.of(column.header())).collect(Collectors.toUnmodifiableSet());

    /** A table that could not be read, carried out of the walk to {@link LongFormReader}. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final UnreadableTableException table;

        Unreadable(UnreadableTableException cause) {
            super(cause.getMessage(), cause);
            this.table = cause;
        }

        UnreadableTableException table() {
            return table;
        }
    }

    private final LongFormTable table;
    private final ProblemCollector problems;
    private final CellNumberFormat general = new CellNumberFormat((short) 0, null, new DataFormatter(Locale.ROOT));

    /** @param problems where a row with more values than the header has columns is reported */
    LongFormSheet(LongFormTable table, ProblemCollector problems) {
        this.table = table;
        this.problems = problems;
    }

    @Override
    public String name() {
        return table.name();
    }

    /** A table is a file of its own: messages name it as it is listed in the folder. */
    @Override
    public String reference() {
        return table.name();
    }

    @Override
    public void rows(Consumer<SheetRow> each) {
        List<String> headers = new ArrayList<>();
        boolean[] headerSeen = {false};
        try {
            table.rows((file, number, values) -> {
                if (!headerSeen[0]) { // the first row is the header, the names cells are placed by
                    headerSeen[0] = true;
                    values.forEach(value -> headers.add(value == null ? "" : NumberText.trim(value.toString())));
                } else {
                    beyondTheHeader(file, number - 1, values, headers.size());
                }
                each.accept(row(file, number - 1, values, headers));
            });
        } catch (UnreadableTableException e) {
            throw new Unreadable(e);
        }
    }

    /**
     * A row with a value past the header's last column: an unquoted comma split a value, as in
     * {@code MAR,2016,terrorist_attacks,1,200} for 1,200, which would otherwise read as 1 with
     * the 200 under no header. Trailing empty values (a spreadsheet's blank columns) are fine.
     */
    private void beyondTheHeader(String file, int index, List<?> values, int columns) {
        int column = CsvRows.firstValuePast(values, columns);
        if (column >= 0) {
            problems.add(new CellLocation(file, index, column, String.valueOf(column + 1)),
                    ProblemCollector.quoted(values.get(column).toString()) + " past the header's " + columns
                            + " columns (a comma inside a value that is not in quotes, as in 1,200?)",
                    "one value per column of the header: put such a value in double quotes (\"1,200\") or "
                            + "write it without the comma (1200)");
        }
    }

    private SheetRow row(String file, int index, List<?> values, List<String> headers) {
        List<CellContent> cells = new ArrayList<>(Math.max(values.size(), headers.size()));
        for (int column = 0; column < Math.max(values.size(), headers.size()); column++) {
            String header = column < headers.size() && !headers.get(column).isEmpty() ? headers.get(column)
                    : String.valueOf(column + 1);
            CellLocation at = new CellLocation(file, index, column, header);
            boolean numbers = column < headers.size() && NUMBER_COLUMNS.contains(NameKey.of(headers.get(column)));
            cells.add(content(at, column < values.size() ? values.get(column) : null, numbers));
        }
        return new SheetRow(file, index, Collections.unmodifiableList(cells));
    }

    private CellContent content(CellLocation at, Object value, boolean numbers) {
        if (value == null) {
            return new CellContent.Blank(at);
        }
        if (value instanceof Number number) {
            return StoredValue.number(at, number.doubleValue(), general);
        }
        String text = value.toString();
        String trimmed = NumberText.trim(text);
        if (numbers && NOT_A_NUMBER.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return new CellContent.NotANumber(at, trimmed);
        }
        if (numbers && MACHINE_NUMBER.matcher(trimmed).matches()) {
            double number = Double.parseDouble(trimmed);
            // digits beyond a double's range are said as typed, not as the "Infinity" they parse to
            return Double.isFinite(number) ? new CellContent.Numeric(at, number, general)
                    : new CellContent.NotANumber(at, trimmed);
        }
        return CellContent.text(at, text);
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return List.of();
    }
}
