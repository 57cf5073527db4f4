package dev.riskengine.rules;

import java.nio.file.Path;

/** A file of the rules directory that Drools compiles: its path relative to that directory and on disk. */
public record RuleFile(String relativePath, Path path) {

    /**
     * Drools compiles DRL and, from files named so, spreadsheet decision tables; anything else is
     * ignored. So are hidden and temporary files, which an editor leaves beside the file it has
     * open: Excel's lock file {@code ~$threat.drl.xlsx}, LibreOffice's {@code .~lock.threat.drl.xlsx#},
     * an editor's {@code .threat.drl.swp} or backup {@code threat.drl~}: they are not rules.
     */
    public static boolean isRuleFile(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("~") || name.startsWith(".")) {
            return false;
        }
        return name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")
                || name.endsWith(".drl.csv");
    }
}
