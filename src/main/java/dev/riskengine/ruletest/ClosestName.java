package dev.riskengine.ruletest;

import java.util.Collection;

import dev.riskengine.rules.CloseNames;

/** "did you mean" for a misspelt rule name: the closest existing name, if any is close. */
final class ClosestName {
    private ClosestName() {
    }

    static String suggestion(String name, Collection<String> names) {
        return CloseNames.to(name, names).stream()
                .findFirst()
                .map(n -> "; did you mean \"" + n + "\"?")
                .orElse("");
    }
}
