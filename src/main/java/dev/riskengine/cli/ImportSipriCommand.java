package dev.riskengine.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.riskengine.run.Importing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sipri", mixinStandardHelpOptions = true,
        description = {"Fill military_spending_usd_m and military_spending_pct_gdp from the SIPRI Military "
                + "Expenditure Database workbook, for the countries of the Countries sheet.",
                "The same as 'import table FILE --mapping mappings/sipri-milex.yaml'.",
                "A cell holding a different value is a conflict: listed and left alone unless --overwrite. "
                        + "A backup of the workbook is written next to it before any change."})
final class ImportSipriCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The SIPRI workbook (e.g. SIPRI-Milex-data-1949-2025.xlsx).")
    Path source;

    @Mixin ImportOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return options.importFrom(source, Importing.sipri(), Set.of(), spec);
    }
}
