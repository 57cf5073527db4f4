package dev.riskengine.bench;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped default rules (rules/*.drl) written out in plain Java, for the benchmark only: it
 * tells what the rule engine costs against the cheapest possible evaluator of the same scoring.
 * It is NOT used by the engine (rules belong in rules/, where analysts can change them);
 * {@link PlainJavaEvaluatorTest} checks it gives the same scores and bands as Drools.
 */
final class PlainJavaEvaluator {

    record Result(double score, String band, double threat, double exposure, double vulnerability) { }

    Map<String, Result> evaluate(List<Country> countries, List<Indicator> indicators, List<Border> borders) {
        Map<String, Map<String, Double>> values = new HashMap<>();
        for (Indicator i : indicators) {
            values.computeIfAbsent(i.getIso3(), k -> new HashMap<>()).put(i.getCode(), i.getValue());
        }
        Map<String, List<Border>> bordersOf = new HashMap<>();
        for (Border b : borders) {
            bordersOf.computeIfAbsent(b.getIso3(), k -> new java.util.ArrayList<>()).add(b);
        }
        Map<String, Double> threat = new HashMap<>();
        for (Country c : countries) {
            threat.put(c.getIso3(), dimension(threatPoints(c, values.getOrDefault(c.getIso3(), Map.of()))));
        }
        Map<String, Result> results = new HashMap<>();
        for (Country c : countries) {
            Map<String, Double> v = values.getOrDefault(c.getIso3(), Map.of());
            List<Border> own = bordersOf.getOrDefault(c.getIso3(), List.of());
            double t = threat.get(c.getIso3());
            double e = dimension(exposurePoints(v, own, threat));
            double vu = dimension(vulnerabilityPoints(c, v));
            double score = roundToTenth(Math.cbrt(t * e * vu));
            results.put(c.getIso3(), new Result(score, band(score), t, e, vu));
        }
        return results;
    }

    private static double threatPoints(Country c, Map<String, Double> v) {
        Points points = new Points();
        Double millions = c.getPopulationMillions();
        Double fighters = v.get("fighters_abroad");
        if (fighters != null && millions != null) {
            double perMillion = fighters / millions;
            points.add(perMillion >= 100 ? 4 : perMillion >= 20 ? 3 : perMillion >= 5 ? 2 : fighters > 0 ? 1 : 0);
        } else if (fighters != null && fighters >= 1000) {
            points.add(3);
        }
        Double returned = v.get("returning_fighters");
        if (returned != null && millions != null) {
            double perMillion = returned / millions;
            points.add(perMillion >= 20 ? 3 : perMillion >= 5 ? 2 : returned > 0 ? 1 : 0);
        }
        points.add(tiers(v.get("active_armed_groups"), 5, 3, 1));
        points.add(tiers(v.get("terrorist_attacks"), 100, 20, 1));
        return points.total();
    }

    /** 3, 2 or 1 point at or above each threshold. */
    private static double tiers(Double value, double three, double two, double one) {
        if (value == null) {
            return 0;
        }
        return value >= three ? 3 : value >= two ? 2 : value >= one ? 1 : 0;
    }

    private static double exposurePoints(Map<String, Double> v, List<Border> own, Map<String, Double> threat) {
        Points points = new Points();
        Double coast = v.get("coastline_km");
        if (coast != null) {
            points.add(coast >= 1000 ? 2 : coast > 0 ? 1 : 0);
        }
        double total = 0;
        for (Border b : own) {
            total += b.getLengthKm();
        }
        points.add(total >= 5000 ? 3 : total >= 2500 ? 2 : total > 0 ? 1 : 0);
        for (Border b : own) {
            Double neighbourThreat = threat.get(b.getNeighbour());
            if (neighbourThreat != null && neighbourThreat >= 5.0) {
                double lengthWeight = Math.min(1.0, b.getLengthKm() / 1000.0);
                points.add(Math.round(3.0 * (neighbourThreat / 10.0) * lengthWeight * 100) / 100.0);
            }
        }
        return points.total();
    }

    private static double vulnerabilityPoints(Country c, Map<String, Double> v) {
        Points points = new Points();
        points.add(5.0);
        Double control = v.get("government_control_pct");
        if (control != null) {
            points.add(control < 50 ? 3 : control < 75 ? 2 : control < 90 ? 1 : 0);
        }
        Double usd = v.get("military_spending_usd_m");
        Double millions = c.getPopulationMillions();
        if (usd != null && millions != null) {
            double perPerson = usd / millions;
            points.add(perPerson < 20 ? 2 : perPerson < 50 ? 1 : perPerson >= 150 ? -1.5 : 0);
        }
        Double pct = v.get("military_spending_pct_gdp");
        if (pct != null && pct >= 3.0) {
            points.add(-1.0);
        }
        Double support = v.get("foreign_security_support");
        if (support != null) {
            points.add(-(support >= 3 ? 2.0 : support >= 2 ? 1.5 : support >= 1 ? 0.5 : 0));
        }
        for (String governance : List.of("political_stability", "government_effectiveness")) {
            Double estimate = v.get(governance);
            if (estimate != null) {
                points.add(estimate < -1.5 ? 1.5 : estimate < -0.5 ? 0.5 : estimate >= 0.5 ? -1.0 : 0);
            }
        }
        return points.total();
    }

    /**
     * Points are summed as the decimals they are written as (0.15 + 0.2 + 0.2 + 1.0 is 1.55, not
     * 1.5499999999999998), which is what Drools' accumulate gives here; a plain double sum in
     * another order would round some dimensions a tenth lower.
     */
    /**
     * Sums points as the decimals they are written as: 1.0 + 0.2 + 0.2 + 0.15 is 1.55, which
     * rounds to 1.6, where a double sum in this order gives 1.5499999999999998 and 1.5. Drools
     * sums doubles in its own internal order, which matched the exact sum on every generated
     * input the test tried; the plain order did not.
     */
    private static final class Points {
        private BigDecimal total = BigDecimal.ZERO;

        void add(double points) {
            total = total.add(BigDecimal.valueOf(points));
        }

        double total() {
            return total.doubleValue();
        }
    }

    private static double dimension(double points) {
        return roundToTenth(Math.min(10.0, Math.max(0.5, points))); // scoring.drl's capToScale: 0.5 to 10
    }

    private static double roundToTenth(double x) {
        return Math.round(x * 10.0) / 10.0;
    }

    private static String band(double score) {
        return score < 2.0 ? "Very Low" : score < 3.5 ? "Low" : score < 5.0 ? "Medium" : score < 6.5 ? "High" : "Very High";
    }
}
