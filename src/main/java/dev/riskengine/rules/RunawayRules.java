package dev.riskengine.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.PropagationContext;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Names the rules that keep a session firing without end, from the engine's own account of why
 * each match fired: every activation carries the propagation that created it, and that
 * propagation knows the rule whose consequence inserted, updated or deleted the fact behind it.
 * Following "rule A's consequence created this activation of rule B", and "rule A's consequence
 * made a fact this activation of B matched", over a stretch of the runaway gives a graph whose cycles are the rules that keep re-activating one another. The rule
 * with the most firings is often an innocent bystander (a baseline rule the loop re-triggers
 * every time it touches a Country), so it is not the one named unless it is on a cycle.
 *
 * <p>Tracing costs an event per firing, so it is attached only after a session has hit its bound
 * on firings: a loop that ran that long keeps running while it is traced, and ordinary runs pay
 * nothing.
 */
final class RunawayRules extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /** Firings traced after the bound was hit: any loop goes round many times in these. */
    static final int TRACED_FIRINGS = 2_000;

    /** For each rule whose consequence created activations: the rules activated, with how often. */
    private final Map<RuleImpl, Map<RuleImpl, Integer>> activated = new LinkedHashMap<>();
    private final Map<RuleImpl, Integer> firings = new HashMap<>();
    /** The rule whose consequence last inserted or changed each fact, while traced. */
    private final Map<FactHandle, RuleImpl> lastChangedBy = new IdentityHashMap<>();

    private RunawayRules() {
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (!(event.getMatch() instanceof InternalMatch match)) {
            return;
        }
        firings.merge(match.getRule(), 1, Integer::sum);
        PropagationContext cause = match.getPropagationContext();
        RuleImpl origin = cause == null ? null : cause.getRuleOrigin();
        if (origin != null) { // null: a fact the engine's Java inserted, not a rule
            activated(origin, match.getRule());
        }
        // The change that created the activation is the latest one; the rules that made the other
        // facts it matched feed the loop too (A inserts what B matches, B updates what A matches).
        for (FactHandle fact : match.getFactHandles()) {
            RuleImpl producer = lastChangedBy.get(fact);
            if (producer != null && producer != origin) {
                activated(producer, match.getRule());
            }
        }
    }

    private void activated(RuleImpl cause, RuleImpl fired) {
        activated.computeIfAbsent(cause, k -> new HashMap<>()).merge(fired, 1, Integer::sum);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        changedBy(event.getFactHandle(), event.getRule());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        changedBy(event.getFactHandle(), event.getRule());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        lastChangedBy.remove(event.getFactHandle());
    }

    private void changedBy(FactHandle fact, Rule rule) {
        if (rule instanceof RuleImpl impl) {
            lastChangedBy.put(fact, impl);
        }
    }

    /**
     * Lets a session that hit its bound fire {@link #TRACED_FIRINGS} more times while tracing, and
     * says which rules re-activate each other, e.g. {@code rules/loop.drl:4: rule "Echo"
     * re-activates itself ...}; null when no rule re-activated one it depends on (the session
     * ended, or the rules fired that often without a loop).
     */
    static String trace(KieSession session, RuleBase ruleBase) {
        RunawayRules trace = new RunawayRules();
        session.addEventListener((AgendaEventListener) trace);
        session.addEventListener((RuleRuntimeEventListener) trace);
        try {
            session.fireAllRules(TRACED_FIRINGS);
        } catch (RuntimeException | StackOverflowError e) {
            // the activations seen before it failed still show the loop; the bound already ended the run
        } finally {
            session.removeEventListener((AgendaEventListener) trace);
            session.removeEventListener((RuleRuntimeEventListener) trace);
        }
        List<List<RuleImpl>> cycles = trace.cycles();
        if (cycles.isEmpty()) {
            return null;
        }
        StringJoiner text = new StringJoiner("; ");
        for (List<RuleImpl> cycle : cycles) {
            StringJoiner rules = new StringJoiner(" and ");
            cycle.forEach(rule -> rules.add(RuleLocations.describe(ruleBase, rule)));
            text.add(cycle.size() == 1
                    ? rules + " re-activates itself: its consequence inserts or changes a fact its own conditions match"
                    : rules + " re-activate one another: each one's consequence inserts or changes a fact the next one's"
                            + " conditions match");
        }
        return text.toString();
    }

    /**
     * The rules on cycles of the activation graph, grouped by strongly connected component (a
     * group whose rules all re-activate one another, directly or through each other), each group
     * in the order the activations follow from its busiest rule; busiest group first.
     */
    private List<List<RuleImpl>> cycles() {
        Set<RuleImpl> placed = new HashSet<>();
        List<List<RuleImpl>> cycles = new ArrayList<>();
        List<RuleImpl> byFirings = new ArrayList<>(activated.keySet());
        byFirings.sort(Comparator.comparing((RuleImpl r) -> firings.getOrDefault(r, 0)).reversed());
        for (RuleImpl rule : byFirings) {
            if (placed.contains(rule)) {
                continue;
            }
            Set<RuleImpl> component = reachable(rule);
            component.removeIf(other -> !reachable(other).contains(rule));
            placed.addAll(component);
            boolean loops = component.size() > 1 || activated.getOrDefault(rule, Map.of()).containsKey(rule);
            if (loops) {
                cycles.add(inActivationOrder(rule, component));
            }
        }
        return cycles;
    }

    /** The rules {@code from} activates, directly or through others; itself only when on a cycle. */
    private Set<RuleImpl> reachable(RuleImpl from) {
        Set<RuleImpl> seen = new LinkedHashSet<>();
        Deque<RuleImpl> next = new ArrayDeque<>(activated.getOrDefault(from, Map.of()).keySet());
        while (!next.isEmpty()) {
            RuleImpl rule = next.pop();
            if (seen.add(rule)) {
                next.addAll(activated.getOrDefault(rule, Map.of()).keySet());
            }
        }
        seen.add(from);
        return seen;
    }

    /** From {@code start}, each time the rule of the group it activates most often that is not listed yet. */
    private List<RuleImpl> inActivationOrder(RuleImpl start, Set<RuleImpl> group) {
        List<RuleImpl> order = new ArrayList<>(List.of(start));
        RuleImpl current = start;
        while (order.size() < group.size()) {
            RuleImpl next = activated.getOrDefault(current, Map.of()).entrySet().stream()
                    .filter(e -> group.contains(e.getKey()) && !order.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseGet(() -> group.stream().filter(r -> !order.contains(r)).findFirst().orElseThrow());
            order.add(next);
            current = next;
        }
        return order;
    }
}
