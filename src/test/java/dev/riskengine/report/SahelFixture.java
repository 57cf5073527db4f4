package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.RuleDescription;
import dev.riskengine.model.RunMetadata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three ranked countries built in code, with the inputs a hostile or careless workbook could hold:
 * a name carrying a script tag, a name that looks like an Excel formula, a reason with a pipe and
 * markup, a rule name with quotes. Dimensions come in a {@code Map.of}, whose iteration order is
 * not fixed, so the writers must not depend on it.
 */
public final class SahelFixture {

    public static final String SCRIPT_NAME = "Niger<script>alert(1)</script>";
    public static final String FORMULA_NAME = "=HYPERLINK(\"#Run!A1\",\"Tunisia\")";
    public static final String PIPE_REASON = "Attacks rising | 2 regions & <b>bold</b>";
    public static final String QUOTED_RULE = "Armed groups \"active\" <img src=x onerror=alert(2)>";

    private SahelFixture() {
    }

    public static Assessment assessment() {
        Country mali = new Country("MLI", "Mali", "Sahel", 22_395_485L);
        Country niger = new Country("NER", SCRIPT_NAME, "Sahel – Liptako-Gourma", 26_159_867L);
        Country tunisia = new Country("TUN", FORMULA_NAME, "Maghreb", null);

        CountryAssessment mli = new CountryAssessment(mali, 1, 7.24, "Very High", 5, 6.81, 7.53,
                Map.of(Dimension.THREAT, 8.4, Dimension.EXPOSURE, 6.2, Dimension.VULNERABILITY, 7.3), 0.9,
                List.of(new Indicator("MLI", "fighters_abroad", 2024, 100, 80, 120, "Indicators!C3"),
                        Indicator.point("MLI", "active_armed_groups", 2024, 6, "Indicators!E3")),
                List.of("returning_fighters"),
                List.of(contribution("MLI", Dimension.THREAT, 1.0, "Fighters abroad above 50", "Many fighters abroad",
                                "threat.drl", "Indicators!C3"),
                        contribution("MLI", Dimension.THREAT, 3.0, "Armed groups active", "Six armed groups active",
                                "threat.drl", "Indicators!E3"),
                        contribution("MLI", Dimension.EXPOSURE, 2.0, "Spillover from a high-threat neighbour",
                                "Borders NER with high threat", "exposure.drl", "Borders!C2", "Indicators!E4"),
                        contribution("MLI", Dimension.VULNERABILITY, -1.5, "Foreign support mitigates",
                                "Direct military support", "vulnerability.drl", "Indicators!K3")));

        CountryAssessment ner = new CountryAssessment(niger, 2, 5.6, "High", 4, 5.1, 6.0,
                Map.of(Dimension.VULNERABILITY, 6.0, Dimension.THREAT, 6.5, Dimension.EXPOSURE, 4.5), 1.0,
                List.of(Indicator.point("NER", "terrorist_attacks", 2024, 210, "Indicators!F4")),
                List.of(),
                List.of(contribution("NER", Dimension.THREAT, 2.5, QUOTED_RULE, PIPE_REASON, "threat.drl",
                        "Indicators!F4")));

        CountryAssessment tun = new CountryAssessment(tunisia, 3, 3.9, "Medium", 3, 3.9, 3.9,
                Map.of(Dimension.EXPOSURE, 5.0, Dimension.VULNERABILITY, 2.0, Dimension.THREAT, 3.0), 0.75,
                List.of(Indicator.point("TUN", "coastline_km", 2024, 1148, "Indicators!G5")),
                List.of("fighters_abroad", "returning_fighters"),
                List.of(contribution("TUN", Dimension.EXPOSURE, 1.5, "Long coastline", "Coastline over 1000 km",
                        "exposure.drl", "Indicators!G5")));

        return new Assessment(2024, List.of(mli, ner, tun), List.of(
                DataIssue.missing("MLI", "Indicators!D3", "returning_fighters is blank"),
                DataIssue.warning("TUN", "Borders!B7", "Neighbour LBY is not in Countries: <no spillover>")),
                List.of(earlierYear(2022, mali, 5.0, "High", 4, niger, 4.8, "Medium", 3, tunisia, 3.0, "Low", 2),
                        earlierYear(2023, niger, 6.2, "High", 4, mali, 6.0, "High", 4, tunisia, 3.9, "Medium", 3)));
    }

    /**
     * The same three countries in an earlier year, ranked as given: 2022 to 2024 Mali rises from
     * High into Very High (+1.24 since 2023), Niger falls back (-0.6), Tunisia holds at 3.9.
     */
    private static Assessment earlierYear(int year, Object... ranked) {
        List<CountryAssessment> countries = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.length; i += 4) {
            double score = (Double) ranked[i + 1];
            countries.add(new CountryAssessment((Country) ranked[i], i / 4 + 1, score, (String) ranked[i + 2],
                    (Integer) ranked[i + 3], score, score,
                    Map.of(Dimension.THREAT, score + 1, Dimension.EXPOSURE, score, Dimension.VULNERABILITY, score - 1),
                    0.8, List.of(), List.of(), List.of()));
        }
        return new Assessment(year, countries, List.of());
    }

    /** The reason the rules give for Chad, which has no threat indicator (issue case 3). */
    public static final String CHAD_REASON = "threat: 0 of 5 inputs present in 2024 (missing active_armed_groups, "
            + "fighters_abroad, population, returning_fighters, terrorist_attacks)";

    /**
     * The assessed year alone with a fourth unit, Chad, that has too little evidence: no score, the
     * state "Insufficient data", ranked after the scored units; every unit has a reliability.
     */
    public static Assessment withInsufficient() {
        List<CountryAssessment> countries = new java.util.ArrayList<>();
        for (CountryAssessment c : assessment().countries()) {
            countries.add(new CountryAssessment(c.country(), c.rank(), c.score(), c.band(), c.bandLevel(), c.scoreLow(),
                    c.scoreHigh(), c.dimensions(), c.completeness(), c.indicators(), c.missingIndicators(),
                    c.contributions(), 1.5 + c.rank(), Map.of()));
        }
        Country chad = new Country("TCD", "Chad", "Sahel", null);
        countries.add(new CountryAssessment(chad, 4, Double.NaN, InsufficientEvidence.STATE, 0, Double.NaN, Double.NaN,
                Map.of(Dimension.THREAT, 0.0, Dimension.EXPOSURE, 3.0, Dimension.VULNERABILITY, 5.0), 0.3,
                List.of(Indicator.point("TCD", "coastline_km", 2024, 0, "Indicators!G6")),
                List.of("fighters_abroad", "returning_fighters"), List.of(), 6.5,
                Map.of(Dimension.THREAT, CHAD_REASON)));
        return new Assessment(2024, countries, List.of());
    }

    /** The assessed year alone, as a run with --year gives it. */
    public static Assessment oneYear() {
        Assessment all = assessment();
        return new Assessment(all.year(), all.countries(), all.dataIssues());
    }

    public static RunMetadata run() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("threat.drl", "1111111111111111111111111111111111111111111111111111111111111111");
        rules.put("exposure.drl", "2222222222222222222222222222222222222222222222222222222222222222");
        rules.put("vulnerability.drl", "3333333333333333333333333333333333333333333333333333333333333333");
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("engine", "0.1.0");
        versions.put("drools", "10.2.0");
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("read", 120L);
        timings.put("compile", 980L);
        timings.put("evaluate", 75L);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("countries", 3);
        counts.put("contributions", 6);
        return new RunMetadata("2026-11-25T06-00-00.123Z", Instant.parse("2026-11-25T06:00:00.123Z"),
                "indicators.xlsx", "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
                rules, versions, timings, counts, List.of(), List.of(
                        new RuleDescription("Armed groups active", "threat.drl", 0,
                                "Indicator(code == \"active_armed_groups\", value >= 5.0)"),
                        new RuleDescription(QUOTED_RULE, "threat.drl", 0, "Indicator(code == \"terrorist_attacks\")"),
                        new RuleDescription("Rule that never fired", "threat.drl", 0, "Indicator(value < 0.0)"),
                        new RuleDescription("Overall score is the geometric mean of the dimensions", "scoring.drl", -400,
                                "Country() and DimensionScore(iso3 == $c)"),
                        new RuleDescription("High risk", "scoring.drl", -500, "RiskScore(value >= 5.0, value < 6.5)")));
    }

    private static ContributionRecord contribution(String iso3, Dimension dimension, double points, String rule,
                                                   String reason, String file, String... cells) {
        return new ContributionRecord(iso3, dimension, points, reason, rule, file, List.of(cells));
    }
}
