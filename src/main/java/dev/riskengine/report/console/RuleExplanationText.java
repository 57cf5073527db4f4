package dev.riskengine.report.console;

import dev.riskengine.report.NumberText;
import java.util.List;
import java.util.Locale;

import dev.riskengine.model.Border;
import dev.riskengine.model.Contribution;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;
import dev.riskengine.model.RuleExplanation;

/** {@code explain ISO3 --rule NAME} as text: the rule's contributions, the facts it matched, or what it lacked. */
public final class RuleExplanationText {
    private static final int MAX_CANDIDATES = 8;

    private RuleExplanationText() {
    }

    public static String of(RuleExplanation e, CountryAssessment country, int year) {
        StringBuilder text = new StringBuilder();
        int firings = e.firings().size();
        text.append(String.format(Locale.ROOT, "Rule \"%s\" (%s) for %s (%s), %d: %s.%n", e.rule(), e.place(),
                country.country().getName(), country.iso3(), year,
                firings == 0 ? "did not fire" : firings == 1 ? "fired once" : "fired " + firings + " times"));
        if (!e.otherFiles().isEmpty()) {
            text.append("A rule of this name is also in ").append(String.join(", ", e.otherFiles()))
                    .append(": rename one to explain it.\n");
        }
        List<ContributionRecord> contributions = country.contributions().stream()
                .filter(c -> c.rule().equals(e.rule()) && c.file().equals(e.file())).toList();
        if (!contributions.isEmpty()) {
            text.append(String.format("%nContributions%n"));
            for (ContributionRecord c : contributions) {
                text.append(String.format(Locale.ROOT, "  %+6.2f %-13s %s%n", c.points(), c.dimension(), c.reason()));
                if (!c.cells().isEmpty()) {
                    text.append("                        cells ").append(String.join(", ", c.cells())).append('\n');
                }
            }
        }
        for (int i = 0; i < firings; i++) {
            text.append(String.format("%nFacts it matched%s%n", firings == 1 ? "" : " (firing " + (i + 1) + ")"));
            for (Object fact : e.firings().get(i).facts()) {
                String description = describe(fact);
                if (description != null) {
                    text.append("  ").append(description).append('\n');
                }
            }
        }
        if (e.blocker() != null) {
            text.append(blocker(e.blocker(), country.iso3()));
        }
        return text.toString();
    }

    private static String blocker(RuleExplanation.Blocker b, String iso3) {
        StringBuilder text = new StringBuilder();
        if (b.position() == 0) {
            return String.format("%nEvery condition has facts of %s, but never all together for it: the rule matched "
                    + "other countries' facts only.%n", iso3);
        }
        text.append(String.format(Locale.ROOT, "%nCondition %d had no match for %s:%n    %s%n", b.position(), iso3, b.condition()));
        if (b.constraint() == null && b.candidates().isEmpty()) {
            text.append("  (no fact of this kind concerns the country: missing data, or an earlier stage that did not happen)\n");
        } else if (b.constraint() != null) {
            int count = b.candidates().size();
            text.append("  its constraint ").append(b.constraint()).append(" was not met by ")
                    .append(count == 0 ? "any fact" : count == 1 ? "the fact that met the constraints before it:"
                            : "any of the " + count + " facts that met the constraints before it:").append('\n');
            b.candidates().stream().limit(MAX_CANDIDATES).map(RuleExplanationText::describe)
                    .filter(java.util.Objects::nonNull).forEach(d -> text.append("    ").append(d).append('\n'));
            if (count > MAX_CANDIDATES) {
                text.append("    and ").append(count - MAX_CANDIDATES).append(" more\n");
            }
        }
        return text.toString();
    }

    /** One fact as a rule author reads it, with the cell it came from; null for values that are no fact (an accumulated sum). */
    static String describe(Object fact) {
        if (fact instanceof Country c) {
            return "Country " + c.getIso3() + " (" + c.getName() + "), population "
                    + (c.getPopulation() == null ? "unknown" : NumberText.count(c.getPopulation()))
                    + (c.getPopulationCell() == null ? "" : " (" + c.getPopulationCell() + ")");
        }
        if (fact instanceof Indicator i) {
            return "Indicator " + i.getIso3() + " " + i.getCode() + " = " + NumberText.exact(i.getValue())
                    + (i.isRange() ? " (range " + NumberText.exact(i.getLow()) + "-" + NumberText.exact(i.getHigh()) + ")" : "")
                    + (i.getCell() == null ? "" : " (" + i.getCell() + ")");
        }
        if (fact instanceof Border b) {
            return "Border " + b.getIso3() + "-" + b.getNeighbour() + ", " + NumberText.exact(b.getLengthKm()) + " km"
                    + (b.getCell() == null ? "" : " (" + b.getCell() + ")");
        }
        if (fact instanceof DimensionScore d) {
            return "DimensionScore " + d.getIso3() + " " + d.getDimension() + " = " + NumberText.score(d.getValue());
        }
        if (fact instanceof RiskScore s) {
            return "RiskScore " + s.getIso3() + " = " + NumberText.score(s.getValue());
        }
        if (fact instanceof Contribution c) {
            return "Contribution " + c.getIso3() + " " + c.getDimension() + " " + NumberText.points(c.getPoints())
                    + " (" + c.getReason() + ")";
        }
        if (fact instanceof RiskBand b) {
            return "RiskBand " + b.getIso3() + " " + b.getName();
        }
        return null;
    }
}
