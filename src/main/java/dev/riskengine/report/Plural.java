package dev.riskengine.report;

/** A count with its noun in the right number: "1 rule", "2 rules", "0 rules"; never "rule(s)". */
public final class Plural {
    private Plural() { }

    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
