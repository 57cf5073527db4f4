package dev.riskengine.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.riskengine.run.Importing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "table", mixinStandardHelpOptions = true,
        description = {"Fill indicator columns from any wide or long table in an .xlsx or .csv file, read as a "
                + "mapping file describes it (sheet, header row, country column, year layout, indicator codes, "
                + "scale, missing tokens, range columns, country aliases). Examples: mappings/sipri-milex.yaml, "
                + "mappings/worldbank-wdi.yaml, mappings/wgi.yaml.",
                "A cell holding a different value is a conflict: listed and left alone unless --overwrite. "
                        + "A backup of the workbook is written next to it before any change."})
final class ImportTableCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The published table (.xlsx or .csv).")
    Path source;

    @Option(names = "--mapping", paramLabel = "MAPPING.yaml", required = true,
            description = "How to read the table (YAML).")
    Path mapping;

    @Option(names = "--new-code", paramLabel = "CODE", split = ",",
            description = {"Add this code of the mapping as a new indicator (a column and a Dictionary row); "
                    + "repeatable, or comma-separated.",
                    "Without it a code that is neither in the workbook's Dictionary nor one the shipped rules read "
                            + "is refused, with the closest codes named: a misspelt code adds nothing."})
    Set<String> newCodes = new LinkedHashSet<>();

    @Mixin ImportOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return options.importFrom(source, Importing.mapping(mapping), newCodes, spec);
    }
}
