package dev.riskengine.rules;

/**
 * A problem located in a rule file: {@code file} is relative to the rules directory, line 0 when
 * unknown. For a decision table {@code cell} names the sheet and cell (e.g. {@code Threat!E14}),
 * which is where the author must look, rather than a line of the DRL generated from it.
 */
public record RuleProblem(String file, int line, String cell, String message) {

    public RuleProblem(String file, int line, String message) {
        this(file, line, null, message);
    }

    /** One line, e.g. {@code rules/threat.drl:15: unable to resolve method ...} or {@code rules/bands.drl.xlsx: Bands!D9: ...}. */
    public String describe(String rulesDirName) {
        return where(rulesDirName) + ": " + message;
    }

    /** Where the problem is, e.g. {@code rules/threat.drl:15} or {@code rules/bands.drl.xlsx: Bands!D9}. */
    public String where(String rulesDirName) {
        String where = rulesDirName + "/" + file;
        if (cell != null) {
            where += ": " + cell;
        } else if (line > 0) {
            where += ":" + line;
        }
        return where;
    }
}
