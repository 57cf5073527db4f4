package dev.riskengine.rules;

/** A problem located in a rule file: {@code file} is relative to the rules directory, line 0 when unknown. */
public record RuleProblem(String file, int line, String message) {

    /** One line, e.g. {@code rules/threat.drl:15: unable to resolve method ...}. */
    public String describe(String rulesDirName) {
        String where = rulesDirName + "/" + file + (line > 0 ? ":" + line : "");
        return where + ": " + message;
    }
}
