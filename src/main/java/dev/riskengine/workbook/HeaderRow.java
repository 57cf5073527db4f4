package dev.riskengine.workbook;

import dev.riskengine.workbook.layout.LayoutColumn;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The located header row of a sheet: the columns of the known headers (also under the sheet
 * reader's own spelling of each, which is looked up for every row without building a key), and
 * every other non-blank header in sheet order (the indicator codes of the Indicators sheet), and
 * the columns of headers given a second time (reported already, their values not read).
 */
record HeaderRow(int rowIndex, Map<NameKey, Integer> known, Map<String, Integer> bySpelling, List<Column> others,
                 List<Integer> repeated) {

    /** A header cell that is not one of the sheet's fixed headers. */
    record Column(int index, String name, CellLocation at) { }

    OptionalInt column(String header) {
        Integer index = bySpelling.get(header);
        if (index == null) {
            index = known.get(NameKey.of(header));
        }
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    OptionalInt column(LayoutColumn header) {
        return column(header.header());
    }

    boolean has(LayoutColumn header) {
        return has(header.header());
    }

    boolean has(String header) {
        return bySpelling.containsKey(header) || known.containsKey(NameKey.of(header));
    }

    /** Every column that carries a header, for telling an empty row from a data row. */
    List<Integer> allColumns() {
        return Stream.concat(known.values().stream(), others.stream().map(Column::index))
                .sorted().toList();
    }
}
