package dev.riskengine.rules;

import java.util.List;

/**
 * Refuses a number compared with a text field, such as {@code code == 5}: Drools turns the 5 into
 * "5" and compiles it, and the rule silently never matches (no indicator code is "5").
 */
final class NumberForTextCheck {
    List<RuleProblem> check(List<LiteralComparisons.Comparison> comparisons) {
        return comparisons.stream()
                .filter(c -> c.fieldKind() == LiteralComparisons.Kind.TEXT && c.literalKind() == LiteralComparisons.Kind.NUMBER)
                .map(c -> c.problem(c.field() + " is text (" + c.factType() + "." + c.field() + "), compared with the number "
                        + c.literal() + "; quote it: \"" + c.literal() + "\""))
                .toList();
    }
}
