package dev.riskengine.rules;

import java.util.List;

/**
 * Refuses a quoted text compared with a number field, such as {@code value >= "five"}: Drools
 * compiles it and converts the text on every match, which fails while the rules run ("five") or
 * works by luck ("5"). Caught here, it is one line at the rule's own line before anything runs.
 */
final class TextForNumberCheck {
    List<RuleProblem> check(List<LiteralComparisons.Comparison> comparisons) {
        return comparisons.stream()
                .filter(c -> c.fieldKind() == LiteralComparisons.Kind.NUMBER && c.literalKind() == LiteralComparisons.Kind.TEXT)
                .map(c -> c.problem(c.field() + " is a number (" + c.factType() + "." + c.field() + "), compared with the text "
                        + c.literal() + "; " + advice(c)))
                .toList();
    }

    private static String advice(LiteralComparisons.Comparison c) {
        String unquoted = c.literal().substring(1, c.literal().length() - 1).strip();
        return LiteralComparisons.kindOfLiteral(unquoted).filter(k -> k == LiteralComparisons.Kind.NUMBER).isPresent()
                ? "write the number without quotes: " + unquoted
                : "write a number without quotes";
    }
}
