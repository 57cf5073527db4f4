package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import dev.riskengine.model.Border;
import dev.riskengine.model.Contribution;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.Reliability;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;
import dev.riskengine.model.RuleExplanation;
import dev.riskengine.text.CloseNames;

/**
 * Explains one rule for one country with Drools' own means. The rule files are compiled again
 * from Drools' parsed model with one query per prefix of the rule's conditions (the first
 * condition, the first two, ...) added to the rule's package, and, for the first condition with
 * no match, one query per prefix of that pattern's constraints. A session runs the rules as an
 * assessment does and records the rule's firings; then the queries, evaluated against everything
 * the session holds at the end, show the first condition, and within it the first constraint,
 * that no fact of the country satisfies, with the facts that got that far.
 */
public final class RuleExplainer {
    private static final String QUERY = "riskEngineExplain";

    private final RuleBase ruleBase;

    public RuleExplainer(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** Thrown for a rule name no rule file defines; {@code closeNames} are the likeliest meant. */
    public static final class UnknownRuleException extends Exception {
        private final List<String> closeNames;

        UnknownRuleException(String name, List<String> closeNames) {
            super("no rule \"" + name + "\"" + (closeNames.isEmpty() ? ""
                    : "; close names: " + String.join(", ", closeNames.stream().map(n -> "\"" + n + "\"").toList())));
            this.closeNames = List.copyOf(closeNames);
        }

        public List<String> closeNames() {
            return closeNames;
        }
    }

    private record Located(RuleSource source, RuleDescr rule) { }

    public RuleExplanation explain(String askedName, String iso3, List<Country> countries, Collection<?> facts)
            throws UnknownRuleException {
        String ruleName = nameOf(askedName);
        List<Located> definitions = find(ruleName);
        Located target = definitions.get(0);
        PackageDescr targetPackage = target.source().parse().orElseThrow();
        RuleDescr targetRule = ruleIn(targetPackage, ruleName);
        int conditions = targetRule.getLhs().getDescrs().size();
        for (int k = 1; k <= conditions; k++) {
            targetPackage.addRule(query(target.source(), ruleName, k, -1));
        }
        // The constraint queries are added for every pattern: which one fails is only known after the run.
        for (int k = 1; k <= conditions; k++) {
            if (targetRule.getLhs().getDescrs().get(k - 1) instanceof PatternDescr pattern && pattern.getSource() == null) {
                for (int j = 0; j <= pattern.getDescrs().size(); j++) {
                    targetPackage.addRule(query(target.source(), ruleName, k, j));
                }
            }
        }
        KieBase kieBase = build(target.source(), targetPackage);

        KieSession session = kieBase.newKieSession();
        FiringRecorder recorder = new FiringRecorder(ruleName, targetPackage.getName(), iso3);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            countries.forEach(session::insert);
            facts.forEach(session::insert);
            RuleSession.fireBounded(session, ruleBase, countries.size() + facts.size(), "while explaining " + ruleName);
            RuleExplanation.Blocker blocker = recorder.firings.isEmpty()
                    ? blocker(session, target.source(), targetRule, iso3) : null;
            List<String> otherFiles = definitions.stream().skip(1).map(d -> d.source().file().relativePath()).toList();
            return new RuleExplanation(ruleName, target.source().file().relativePath(), place(target),
                    iso3, List.copyOf(recorder.firings), blocker, otherFiles);
        } finally {
            session.dispose();
        }
    }

    /**
     * The rule's name as written: the name asked when a rule has it exactly, else the one rule
     * whose name differs only in case ("very many citizens fighting abroad"); when two rules differ
     * only in case, or none matches, the name asked, which {@link #find} then refuses with close names.
     */
    private String nameOf(String asked) {
        TreeSet<String> names = new TreeSet<>();
        ruleBase.sources().forEach(source -> source.parse()
                .ifPresent(descr -> descr.getRules().forEach(rule -> names.add(rule.getName()))));
        if (names.contains(asked)) {
            return asked;
        }
        List<String> sameButCase = names.stream().filter(name -> name.equalsIgnoreCase(asked.trim())).toList();
        return sameButCase.size() == 1 ? sameButCase.get(0) : asked;
    }

    private List<Located> find(String ruleName) throws UnknownRuleException {
        List<Located> found = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (RuleSource source : ruleBase.sources()) {
            source.parse().ifPresent(descr -> descr.getRules().forEach(rule -> {
                names.add(rule.getName());
                if (rule.getName().equals(ruleName)) {
                    found.add(new Located(source, rule));
                }
            }));
        }
        if (found.isEmpty()) {
            throw new UnknownRuleException(ruleName, CloseNames.to(ruleName, names));
        }
        return found;
    }

    /** "threat.drl.xlsx: Threat!B30" or "exposure.drl:51": where the author finds the rule. */
    private static String place(Located located) {
        return located.source().place(located.rule().getLine());
    }

    /**
     * A query over the rule's first {@code conditions} conditions; with {@code constraints} of 0 or
     * more, the last of them is the pattern cut down to its first {@code constraints} constraints.
     * Each query gets its own freshly parsed copy of the conditions, and every top-level pattern an
     * identifier, so each result row gives the facts it matched.
     */
    private static QueryDescr query(RuleSource source, String ruleName, int conditions, int constraints) {
        RuleDescr copy = ruleIn(source.parse().orElseThrow(), ruleName);
        QueryDescr query = new QueryDescr(queryName(conditions, constraints));
        AndDescr lhs = new AndDescr();
        List<? extends BaseDescr> all = copy.getLhs().getDescrs();
        for (int i = 0; i < conditions; i++) {
            BaseDescr condition = all.get(i);
            if (condition instanceof PatternDescr pattern) {
                if (pattern.getIdentifier() == null) {
                    pattern.setIdentifier(identifier(i));
                }
                if (i == conditions - 1 && constraints >= 0) {
                    List<BaseDescr> extra = new ArrayList<>(pattern.getDescrs().subList(constraints, pattern.getDescrs().size()));
                    extra.forEach(pattern::removeConstraint);
                }
            }
            lhs.addDescr(condition);
        }
        query.setLhs(lhs);
        return query;
    }

    private static String queryName(int conditions, int constraints) {
        return QUERY + "_" + conditions + (constraints >= 0 ? "_" + constraints : "");
    }

    private static String identifier(int index) {
        return "$riskEngineExplain" + index;
    }

    private static RuleDescr ruleIn(PackageDescr descr, String name) {
        return descr.getRules().stream().filter(r -> r.getName().equals(name) && !(r instanceof QueryDescr))
                .findFirst().orElseThrow();
    }

    private KieBase build(RuleSource target, PackageDescr targetPackage) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleSource source : ruleBase.sources()) {
            PackageDescr descr = source == target ? targetPackage : source.parse().orElseThrow();
            builder.add(new DescrResource(descr), ResourceType.DESCR);
        }
        if (builder.hasErrors()) {
            // the same files compiled before, so only the added queries can be at fault
            throw new RuleExecutionException("cannot evaluate the conditions of the rule one by one: "
                    + builder.getErrors().toString().replaceAll("\\s*\\R\\s*", " "));
        }
        return builder.newKieBase();
    }

    private static RuleExplanation.Blocker blocker(KieSession session, RuleSource source, RuleDescr rule, String iso3) {
        List<? extends BaseDescr> conditions = rule.getLhs().getDescrs();
        for (int k = 1; k <= conditions.size(); k++) {
            if (!rowsFor(session, queryName(k, -1), conditions, k, iso3).isEmpty()) {
                continue;
            }
            BaseDescr condition = conditions.get(k - 1);
            String text = textOf(source, condition);
            if (condition instanceof PatternDescr pattern && pattern.getSource() == null) {
                int position = k - 1;
                List<Object> candidates = List.of();
                for (int j = 0; j <= pattern.getDescrs().size(); j++) {
                    List<List<Object>> rows = rowsFor(session, queryName(k, j), conditions, k, iso3);
                    if (rows.isEmpty()) {
                        String constraint = j == 0 ? null : textOf(source, pattern.getDescrs().get(j - 1));
                        return new RuleExplanation.Blocker(k, text, constraint, candidates);
                    }
                    candidates = rows.stream().map(row -> row.get(position)).filter(Objects::nonNull).distinct().toList();
                }
            }
            return new RuleExplanation.Blocker(k, text, null, List.of());
        }
        // Every condition matched the country: the rule matched facts that belong to other countries only.
        return new RuleExplanation.Blocker(0, "", null, List.of());
    }

    /**
     * The rows of a query that concern the country (a fact or a bound value of the row is the
     * country's), each as the facts of the rule's top-level patterns by position (null for a
     * condition that is no pattern: eval, not, exists).
     */
    private static List<List<Object>> rowsFor(KieSession session, String query, List<? extends BaseDescr> conditions,
                                              int count, String iso3) {
        QueryResults results = session.getQueryResults(query);
        List<String> identifiers = List.of(results.getIdentifiers());
        List<List<Object>> rows = new ArrayList<>();
        for (QueryResultsRow row : results) {
            List<Object> objects = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = conditions.get(i) instanceof PatternDescr pattern
                        ? Optional.ofNullable(pattern.getIdentifier()).orElse(identifier(i)) : null;
                objects.add(id != null && identifiers.contains(id) ? row.get(id) : null);
            }
            boolean concernsCountry = identifiers.stream().anyMatch(id -> iso3.equals(iso3Of(row.get(id))));
            if (concernsCountry) {
                rows.add(objects);
            }
        }
        return rows;
    }

    private static String textOf(RuleSource source, BaseDescr descr) {
        if (descr instanceof ExprConstraintDescr constraint) {
            return constraint.getExpression();
        }
        String drl = source.drl();
        if (descr.getStartCharacter() >= 0 && descr.getEndCharacter() > descr.getStartCharacter()
                && descr.getEndCharacter() <= drl.length()) {
            return drl.substring(descr.getStartCharacter(), descr.getEndCharacter()).replaceAll("\\s*\\R\\s*", " ");
        }
        return Optional.ofNullable(descr.getText()).orElse(descr.toString());
    }

    /**
     * The country a fact belongs to, for the facts the engine and the shipped rules use; a bound
     * value such as {@code $c : iso3} (a three-letter upper-case code) counts as its country.
     */
    static String iso3Of(Object fact) {
        String unit = FactUnit.of(fact);
        if (unit == null && fact instanceof String s && s.length() == 3 && s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        return unit;
    }

    /** Names that differ from the wanted one by a few letters, or that share its words; the closest first. */
    /** Records the facts of each firing of the explained rule that concerns the country. */
    private static final class FiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final String rule;
        private final String packageName;
        private final String iso3;
        private final List<RuleExplanation.Firing> firings = new ArrayList<>();
        private Match firing;
        private final List<Object> inserted = new ArrayList<>();

        FiringRecorder(String rule, String packageName, String iso3) {
            this.rule = rule;
            this.packageName = packageName;
            this.iso3 = iso3;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Match match = event.getMatch();
            boolean explained = match.getRule().getName().equals(rule)
                    && Objects.equals(match.getRule().getPackageName(), packageName);
            firing = explained ? match : null;
            inserted.clear();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (firing != null && concernsCountry()) {
                List<Object> facts = new ArrayList<>(firing.getObjects());
                for (String declaration : firing.getDeclarationIds()) {
                    if (firing.getDeclarationValue(declaration) instanceof Collection<?> collected) {
                        collected.forEach(element -> {
                            if (!facts.contains(element)) {
                                facts.add(element);
                            }
                        });
                    }
                }
                firings.add(new RuleExplanation.Firing(List.copyOf(facts)));
            }
            firing = null;
        }

        /** A firing is the country's when what it inserted is the country's, or, inserting nothing of a country, when it matched the country's facts. */
        private boolean concernsCountry() {
            List<String> insertedFor = inserted.stream().map(RuleExplainer::iso3Of).filter(Objects::nonNull).toList();
            if (!insertedFor.isEmpty()) {
                return insertedFor.contains(iso3);
            }
            return firing.getObjects().stream().anyMatch(o -> iso3.equals(iso3Of(o)));
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (firing != null) {
                inserted.add(event.getObject());
            }
        }

        @Override public void objectUpdated(ObjectUpdatedEvent event) { }
        @Override public void objectDeleted(ObjectDeletedEvent event) { }
    }
}
