package dev.riskengine.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.base.FieldNameSupplier;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/**
 * Watches a session to learn, for every object a rule inserts, which rule inserted it and which
 * source cells that rule had matched. Drools tells us the firing match before its consequence
 * runs, so every insert in between belongs to that match: no guessing from reasons or names.
 */
final class ProvenanceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Who inserted an object: the rule, its file, and the cells of the facts it matched. */
    record Provenance(String rule, String file, List<String> cells) { }

    private final RuleBase ruleBase;
    private final Map<Object, Provenance> provenanceByObject = new IdentityHashMap<>();
    private final Map<String, Boolean> readsPopulationByRule = new HashMap<>();
    private Match firing;
    private Provenance firingProvenance;

    ProvenanceRecorder(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        firingProvenance = null; // computed lazily: most firings insert nothing worth explaining
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        firingProvenance = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing == null) {
            return; // inserted by the engine's Java code, not by a rule
        }
        if (firingProvenance == null) {
            firingProvenance = new Provenance(firing.getRule().getName(), ruleBase.fileOf(firing.getRule()),
                    cellsOf(firing));
        }
        provenanceByObject.put(event.getObject(), firingProvenance);
    }

    @Override public void objectUpdated(ObjectUpdatedEvent event) { }
    @Override public void objectDeleted(ObjectDeletedEvent event) { }

    Provenance provenanceOf(Object inserted) {
        return provenanceByObject.get(inserted);
    }

    /** The rule that is firing now, or null between firings; names the culprit when a rule throws. */
    Rule firingRule() {
        return firing == null ? null : firing.getRule();
    }

    /**
     * Cells of the source facts behind a match: every matched Indicator and Border, the facts in
     * any list the rule collected (collect, collectList), and a Country's population cell when
     * the rule binds a population field, the only way a Country's cell can move a score.
     */
    private List<String> cellsOf(Match match) {
        boolean readsPopulation = readsPopulation(match);
        Set<String> cells = new LinkedHashSet<>();
        for (Object object : match.getObjects()) {
            addCells(object, readsPopulation, cells);
        }
        for (String declaration : match.getDeclarationIds()) {
            if (match.getDeclarationValue(declaration) instanceof Collection<?> collected) {
                collected.forEach(element -> addCells(element, readsPopulation, cells));
            }
        }
        // Immutable and exactly sized: a large run keeps one such list per contribution (over a million).
        return List.copyOf(cells);
    }

    private static void addCells(Object object, boolean readsPopulation, Set<String> cells) {
        if (object instanceof Indicator indicator && indicator.getCell() != null) {
            cells.add(indicator.getCell());
        } else if (object instanceof Border border && border.getCell() != null) {
            cells.add(border.getCell());
        } else if (readsPopulation && object instanceof Country country && country.getPopulationCell() != null) {
            cells.add(country.getPopulationCell());
        }
    }

    /** True when one of the match's bindings reads a Country's population (e.g. {@code $m : populationMillions}). */
    private boolean readsPopulation(Match match) {
        return readsPopulationByRule.computeIfAbsent(match.getRule().getName(), name ->
                match.getRule() instanceof RuleImpl impl && match.getDeclarationIds().stream()
                        .map(impl::getDeclaration)
                        .filter(declaration -> declaration != null
                                && declaration.getExtractor() instanceof FieldNameSupplier)
                        .map(declaration -> ((FieldNameSupplier) declaration.getExtractor()).getFieldName())
                        .anyMatch(field -> field.startsWith("population")));
    }
}
