package dev.riskengine.workbook.layout;

import dev.riskengine.model.IndicatorDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The nine indicator codes the shipped rules understand (DESIGN.md, "The default indicator set"),
 * with the Dictionary row an import or a blank template writes for each.
 */
public final class DefaultIndicators {
    static final String SIPRI = "SIPRI Military Expenditure Database";

    public static final List<IndicatorDefinition> ALL = List.of(
            new IndicatorDefinition("fighters_abroad", "Fighters abroad", "people", 0.0, 20_000.0,
                    "Citizens who joined jihadist groups abroad (count; ranges such as 1,200-1,500 allowed).", null),
            new IndicatorDefinition("returning_fighters", "Returning fighters", "people", 0.0, 20_000.0,
                    "Of the fighters abroad, how many have come home (count).", null),
            new IndicatorDefinition("active_armed_groups", "Active armed groups", "groups", 0.0, 50.0,
                    "Armed jihadist groups active on the territory during the year (count).", null),
            new IndicatorDefinition("terrorist_attacks", "Terrorist attacks", "attacks", 0.0, 10_000.0,
                    "Terrorist attacks on the territory during the year (count).", null),
            new IndicatorDefinition("coastline_km", "Coastline", "km", 0.0, 210_000.0,
                    "Length of coastline in km; 0 for a landlocked country.", null),
            new IndicatorDefinition("military_spending_pct_gdp", "Military spending, share of GDP", "%", 0.0, 100.0,
                    "Military expenditure as a share of GDP, in percent (5.65 or a percent-formatted 5.65 %).",
                    SIPRI + ", sheet \"Share of GDP\""),
            new IndicatorDefinition("military_spending_usd_m", "Military spending, current US$ m", "US$ m", 0.0, 2_000_000.0,
                    "Military expenditure in millions of US$ at current prices and exchange rates.",
                    SIPRI + ", sheet \"Current US$\""),
            new IndicatorDefinition("foreign_security_support", "Foreign security support", "scale 0-3", 0.0, 3.0,
                    "Outside help: 0 none, 1 training or exercises, 2 intelligence sharing, 3 direct military support.",
                    null),
            new IndicatorDefinition("government_control_pct", "Government territorial control", "%", 0.0, 100.0,
                    "Share of the territory under effective control of the state, in percent.", null));

    private DefaultIndicators() { }

    public static Optional<IndicatorDefinition> of(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
