package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import dev.riskengine.model.Dimension;

/**
 * Which inputs each dimension's rules read, learnt from the rules themselves, so the workbook needs
 * no column saying which dimension an indicator feeds: a rule whose consequence names
 * {@code Dimension.THREAT} (it inserts THREAT contributions) and whose conditions match
 * {@code code == "fighters_abroad"} makes fighters_abroad a THREAT input; such a rule that reads
 * {@code population} or {@code populationMillions} makes the population one too (a blank
 * Population then counts as missing, as a blank indicator does). Rules that match no indicator
 * code (the scoring rules, spillover) add nothing.
 */
public final class DimensionInputs {
    /** The name the population goes by among a dimension's inputs. */
    public static final String POPULATION = "population";

    private static final Pattern DIMENSION = Pattern.compile("\\bDimension\\s*\\.\\s*(THREAT|EXPOSURE|VULNERABILITY)\\b");
    private static final Pattern READS_POPULATION = Pattern.compile("\\bpopulation(Millions)?\\b");

    private final Map<Dimension, Set<String>> codes;
    private final Set<Dimension> populationUsers;

    private DimensionInputs(Map<Dimension, Set<String>> codes, Set<Dimension> populationUsers) {
        this.codes = codes;
        this.populationUsers = populationUsers;
    }

    public static DimensionInputs of(RuleBase rules) {
        Map<Dimension, Set<String>> codes = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            codes.put(dimension, new TreeSet<>());
        }
        Set<Dimension> populationUsers = EnumSet.noneOf(Dimension.class);
        for (RuleSource source : rules.sources()) {
            PackageDescr descr = source.parsed().orElse(null);
            if (descr == null) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                Set<Dimension> dimensions = dimensionsInserted(rule);
                if (dimensions.isEmpty() || rule.getLhs() == null) {
                    continue;
                }
                List<String> constraints = ConditionPatterns.constraintsOf(rule.getLhs()).stream().map(ExprConstraintDescr::getExpression).toList();
                Set<String> ruleCodes = new TreeSet<>();
                boolean population = false;
                for (String constraint : constraints) {
                    ruleCodes.addAll(RuleLint.codesIn(constraint));
                    population |= READS_POPULATION.matcher(constraint).find();
                }
                for (Dimension dimension : dimensions) {
                    codes.get(dimension).addAll(ruleCodes);
                    if (population && !ruleCodes.isEmpty()) {
                        populationUsers.add(dimension);
                    }
                }
            }
        }
        return new DimensionInputs(codes, populationUsers);
    }

    /**
     * The inputs a unit should have for the dimension: the rules' codes the Dictionary defines (all
     * of the rules' codes when there is no Dictionary, as in a rule test case), then the population
     * when the dimension's rules read it.
     *
     * @param dictionary the workbook's Dictionary codes, or null for none
     */
    public List<String> expected(Dimension dimension, Collection<String> dictionary) {
        List<String> expected = new ArrayList<>();
        for (String code : codes.get(dimension)) {
            if (dictionary == null || dictionary.contains(code)) {
                expected.add(code);
            }
        }
        if (populationUsers.contains(dimension)) {
            expected.add(POPULATION);
        }
        return List.copyOf(expected);
    }

    /** Whether some dimension's rules match this indicator code. */
    public boolean reads(String code) {
        return codes.values().stream().anyMatch(dimensionCodes -> dimensionCodes.contains(code));
    }

    /** Whether some dimension's rules read the population (it then counts in completeness). */
    public boolean populationUsed() {
        return !populationUsers.isEmpty();
    }

    private static Set<Dimension> dimensionsInserted(RuleDescr rule) {
        Set<Dimension> dimensions = new LinkedHashSet<>();
        Object consequence = rule.getConsequence();
        if (consequence != null) {
            Matcher m = DIMENSION.matcher(consequence.toString());
            while (m.find()) {
                dimensions.add(Dimension.valueOf(m.group(1)));
            }
        }
        return dimensions;
    }
}
