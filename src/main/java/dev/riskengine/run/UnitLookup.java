package dev.riskengine.run;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.text.CloseNames;

/**
 * Finds the unit a user names on the command line: by its code or by its name, in any case and
 * with or without accents ("tun", "Tunisia", "cote d'ivoire"), as an analyst types it.
 */
final class UnitLookup {
    /** Beyond this many units, a message counts them instead of listing every code. */
    private static final int LISTED_UNITS = 30;

    private UnitLookup() {
    }

    static Optional<CountryAssessment> find(Assessment assessment, String asked) {
        String wanted = folded(asked);
        return assessment.countries().stream()
                .filter(unit -> folded(unit.iso3()).equals(wanted)).findFirst()
                .or(() -> assessment.countries().stream()
                        .filter(unit -> folded(unit.country().getName()).equals(wanted)).findFirst());
    }

    /** {@code no country "Tunisa"; did you mean "Tunisia"? (the workbook has BFA, ...)}. */
    static String notFound(Assessment assessment, String asked) {
        List<String> names = assessment.countries().stream().map(unit -> unit.country().getName()).toList();
        List<String> codes = assessment.countries().stream().map(CountryAssessment::iso3).sorted().toList();
        String known = codes.size() <= LISTED_UNITS ? "the workbook has " + String.join(", ", codes)
                : "the workbook has " + codes.size() + " units: give a code or a name from its Countries sheet";
        return "no country \"" + asked.trim() + "\"" + CloseNames.didYouMean(asked.trim(),
                names.stream().filter(name -> name != null).toList()) + " (" + known + ")";
    }

    /** Lower case without accents or surrounding spaces: "Côte d'Ivoire " and "cote d'ivoire" are one name. */
    private static String folded(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
