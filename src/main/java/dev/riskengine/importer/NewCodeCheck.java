package dev.riskengine.importer;

import dev.riskengine.text.CloseNames;
import dev.riskengine.workbook.layout.DefaultIndicators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a code the workbook does not know yet unless the analyst asked for it with --new-code:
 * a misspelt code ({@code militray_spending_usd_m}) would otherwise add a column and a Dictionary
 * row nobody wanted. Known are the workbook's Dictionary codes and the default indicator set the
 * shipped rules read (whose Dictionary row the import writes).
 */
final class NewCodeCheck {
    static final String OPTION = "--new-code";

    private final Set<String> known;
    private final String workbookName;

    NewCodeCheck(Collection<String> dictionaryCodes, String workbookName) {
        this.known = new TreeSet<>(dictionaryCodes);
        DefaultIndicators.ALL.forEach(d -> known.add(d.code()));
        this.workbookName = workbookName;
    }

    /** @param allowed the codes the analyst named with --new-code */
    void check(List<MappedCode> codes, Set<String> allowed) throws ImportException {
        List<String> problems = new ArrayList<>();
        Set<String> mapped = new TreeSet<>();
        for (MappedCode code : codes) {
            mapped.add(code.code());
            if (!known.contains(code.code()) && !allowed.contains(code.code())) {
                problems.add(code.where() + ": \"" + code.code() + "\" is not in the Dictionary of " + workbookName
                        + suggestion(code.code()) + "; to add it as a new indicator, give " + OPTION + " " + code.code());
            }
        }
        for (String code : new TreeSet<>(allowed)) {
            if (!mapped.contains(code)) {
                problems.add(OPTION + " " + code + ": the mapping fills no such code (it fills: "
                        + String.join(", ", mapped) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    private String suggestion(String code) {
        List<String> close = CloseNames.to(code, known).stream().limit(3).toList();
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }
}
