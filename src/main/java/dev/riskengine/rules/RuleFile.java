package dev.riskengine.rules;

import java.nio.file.Path;

/** A file of the rules directory that Drools compiles: its path relative to that directory and on disk. */
public record RuleFile(String relativePath, Path path) {

    /** Drools compiles DRL and, from files named so, spreadsheet decision tables; anything else is ignored. */
    public static boolean isRuleFile(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")
                || name.endsWith(".drl.csv");
    }
}
