package dev.riskengine.workbook;

import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.LongForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The tables of one long-form input by the sheet each stands for ({@code countries},
 * {@code indicators}, {@code borders}, {@code dictionary}, optionally {@code sources}), and what
 * the folder holds besides, to name when one is missing.
 *
 * @param folderFiles the folder's file names, listed when a table is missing
 * @param extension   how the tables' files end ({@code .csv}), to name a missing one
 */
public record LongFormTables(Map<String, LongFormTable> byName, List<String> folderFiles, String extension) {

    /** The CSV form: {@code countries.csv} and the others in one folder (the names ignore case). */
    public static final String CSV = ".csv";

    public LongFormTables {
        byName = Map.copyOf(byName);
        folderFiles = List.copyOf(folderFiles);
    }

    /**
     * The tables of a folder, found by their names: CSV files, and files of any other
     * {@link LongFormFormat} on the class path (the Spark job's Parquet). A table given in two
     * forms is read from the first in name order.
     */
    public static LongFormTables of(Path folder) throws IOException {
        List<LongFormFormat> formats = new ArrayList<>();
        ServiceLoader.load(LongFormFormat.class).forEach(formats::add);
        Map<String, LongFormTable> tables = new LinkedHashMap<>();
        String extension = null;
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(file) && name.endsWith(CSV)) {
                extension = add(tables, name, CSV, new CsvTable(file), extension);
            }
            for (LongFormFormat format : formats) {
                if (name.endsWith(format.extension())) {
                    extension = add(tables, name, format.extension(), format.table(file), extension);
                }
            }
        }
        return new LongFormTables(tables, files.stream().map(file -> String.valueOf(file.getFileName())).toList(),
                extension == null ? CSV : extension);
    }

    /** @return the extension the folder's tables are named with: the first table's */
    private static String add(Map<String, LongFormTable> tables, String name, String extension, LongFormTable table,
                              String found) {
        tables.putIfAbsent(name.substring(0, name.length() - extension.length()), table);
        return found == null ? extension : found;
    }

    Optional<LongFormTable> table(SheetLayout sheet) {
        return Optional.ofNullable(byName.get(LongForm.tableName(sheet)));
    }

    /** The optional table of the Sources sheet's rows. */
    Optional<LongFormTable> sources() {
        return table(WorkbookLayout.Sources.SHEET);
    }
}
