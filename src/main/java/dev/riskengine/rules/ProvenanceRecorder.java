package dev.riskengine.rules;

import java.util.ArrayList;
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
import org.kie.api.runtime.KieSession;
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

    /** A fact in the session and who inserted it: null when the engine's Java did. */
    record Inserted(Object fact, Provenance provenance) { }

    private final RuleBase ruleBase;
    /**
     * Every insert in order. Kept as a list rather than looked up by identity for each of the
     * session's objects afterwards: those lookups (and the map's growth) were an eighth of a
     * 1,000-unit session with provenance.
     */
    private final List<Inserted> inserted = new ArrayList<>();
    private final Map<String, Boolean> readsPopulationByRule = new HashMap<>();
    private final Map<String, List<String>> collectingDeclarationsByRule = new HashMap<>();
    /** A rule deleted a fact or replaced one by another object: the list no longer says what is in the session. */
    private boolean factsRemoved;
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
            inserted.add(new Inserted(event.getObject(), null)); // by the engine's Java code, not by a rule
            return;
        }
        if (firingProvenance == null) {
            firingProvenance = new Provenance(firing.getRule().getName(), ruleBase.fileOf(firing.getRule()),
                    cellsOf(firing));
        }
        inserted.add(new Inserted(event.getObject(), firingProvenance));
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getOldObject() != event.getObject()) {
            factsRemoved = true;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        factsRemoved = true;
    }

    /**
     * The facts in the session now, each with the rule that inserted it: in the order of their
     * inserts, unless rules deleted or replaced facts, when the session is asked and the inserts
     * are looked up (an object put in by {@code update} has no inserter).
     */
    List<Inserted> facts(KieSession session) {
        if (!factsRemoved) {
            return inserted;
        }
        Map<Object, Provenance> byObject = new IdentityHashMap<>();
        inserted.forEach(entry -> byObject.put(entry.fact(), entry.provenance()));
        List<Inserted> now = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            now.add(new Inserted(fact, byObject.get(fact)));
        }
        return now;
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
        for (String declaration : collectingDeclarations(match)) {
            if (match.getDeclarationValue(declaration) instanceof Collection<?> collected) {
                collected.forEach(element -> addCells(element, readsPopulation, cells));
            }
        }
        // Immutable and exactly sized: a large run keeps one such list per contribution (over a million).
        return List.copyOf(cells);
    }

    /**
     * The match's bindings that may hold a collected list: those of a collection type, or of a
     * type Drools does not tell. Known per rule after its first firing, so the values of its
     * other bindings ({@code $v : value}) are not read again in every firing.
     */
    private List<String> collectingDeclarations(Match match) {
        return collectingDeclarationsByRule.computeIfAbsent(match.getRule().getName(), name ->
                match.getDeclarationIds().stream().filter(id -> mayCollect(match.getRule(), id)).toList());
    }

    private static boolean mayCollect(Rule rule, String declarationId) {
        if (!(rule instanceof RuleImpl impl) || impl.getDeclaration(declarationId) == null) {
            return true;
        }
        Class<?> type = impl.getDeclaration(declarationId).getDeclarationClass();
        return type == null || Collection.class.isAssignableFrom(type) || type.isAssignableFrom(Collection.class);
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
