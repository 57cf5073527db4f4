package dev.riskengine.ruletest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;
import dev.riskengine.workbook.UnitCode;
import dev.riskengine.yaml.StrictYaml;
import dev.riskengine.yaml.YamlLines;
import dev.riskengine.yaml.YamlProblem;

/**
 * Reads one case file into validated cases. Each problem is reported as {@code file:line: what is
 * wrong}: Jackson's location for syntax errors, unknown fields, wrong types and unreadable values,
 * the recorded line of the case, country, border or expectation for everything checked after.
 */
public final class CaseFileReader {
    /** ISO 3166 alpha-3, or a sub-national unit code such as MLI-06, as the Countries sheet accepts. */
    private static final Pattern ISO3 = UnitCode.PATTERN;
    private static final ObjectReader READER = StrictYaml.builder()
            .addModule(SourceLines.module())
            .build()
            .readerFor(CaseYaml.FileSpec.class);

    /**
     * @param file        the case file on disk
     * @param displayName how messages name it, e.g. {@code rules/tests/threat.yaml}
     */
    public List<RuleTestCase> read(Path file, String displayName) throws MalformedCaseFileException {
        SourceLines lines = new SourceLines();
        CaseYaml.FileSpec spec;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MalformedCaseFileException(List.of(displayName + ": cannot read: " + e.getMessage()));
        }
        try {
            spec = READER.withAttribute(lines.attributeName(), lines).readValue(text);
        } catch (JsonProcessingException e) {
            throw new MalformedCaseFileException(List.of(YamlProblem.of(e, YamlLines.of(text)).located(displayName)));
        } catch (IOException e) {
            throw new MalformedCaseFileException(List.of(displayName + ": cannot read: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<RuleTestCase> cases = new ArrayList<>();
        if (spec == null || spec.cases() == null || spec.cases().isEmpty()) {
            problems.add(displayName + ":1: no cases; expected a list under \"cases:\"");
        } else {
            Set<String> names = new HashSet<>();
            for (CaseYaml.CaseSpec c : spec.cases()) {
                new CaseChecker(displayName, file.getFileName().toString(), lines, c, problems).check()
                        .ifPresent(checked -> {
                            if (!names.add(checked.name())) {
                                problems.add(checked.where() + ": a second case named \"" + checked.name()
                                        + "\"; give each case its own name");
                            }
                            cases.add(checked);
                        });
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedCaseFileException(problems);
        }
        return List.copyOf(cases);
    }

    /** Checks one case and builds its facts; problems are added with the line they are on. */
    private static final class CaseChecker {
        private final String displayName;
        private final String cellPrefix;
        private final SourceLines lines;
        private final CaseYaml.CaseSpec spec;
        private final List<String> problems;
        private final int startProblems;

        CaseChecker(String displayName, String cellPrefix, SourceLines lines, CaseYaml.CaseSpec spec,
                    List<String> problems) {
            this.displayName = displayName;
            this.cellPrefix = cellPrefix;
            this.lines = lines;
            this.spec = spec;
            this.problems = problems;
            this.startProblems = problems.size();
        }

        java.util.Optional<RuleTestCase> check() {
            int line = lines.lineOf(spec);
            if (spec.name() == null || spec.name().isBlank()) {
                problem(line, "a case without a name; expected \"case: what it shows\"");
            }
            if (spec.year() == null) {
                problem(line, "case \"" + spec.name() + "\" has no year; expected e.g. \"year: 2016\"");
            }
            Map<String, Country> countries = countries(line);
            List<RuleTestCase.IndicatorCode> codes = new ArrayList<>();
            List<Indicator> indicators = indicators(line, countries, codes);
            List<Border> borders = borders(countries);
            List<RuleTestCase.Expectation> expectations = expectations(line, countries);
            if (problems.size() > startProblems) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new RuleTestCase(displayName, line, spec.name().strip(), spec.year(),
                    List.copyOf(countries.values()), indicators, List.copyOf(codes), borders, expectations));
        }

        private Map<String, Country> countries(int caseLine) {
            Map<String, Country> countries = new LinkedHashMap<>();
            if (spec.countries() == null || spec.countries().isEmpty()) {
                problem(caseLine, "case \"" + spec.name() + "\" lists no countries; expected"
                        + " \"countries: [{ iso3: TUN, name: Tunisia, population: 11500000 }]\"");
                return countries;
            }
            for (CaseYaml.CountrySpec c : spec.countries()) {
                int line = lines.lineOf(c);
                if (c.iso3() == null || !ISO3.matcher(c.iso3()).matches()) {
                    problem(line, "found iso3 \"" + c.iso3() + "\", expected an ISO 3166 alpha-3 code such as TUN (or a unit code such as TUN-0001)");
                } else if (countries.containsKey(c.iso3())) {
                    problem(line, c.iso3() + " is listed twice in the case's countries");
                } else if (c.population() != null && c.population() <= 0) {
                    problem(line, "population of " + c.iso3() + " is " + c.population()
                            + ", expected a number of people above 0, or no population");
                } else {
                    countries.put(c.iso3(), new Country(c.iso3(), c.name() == null ? c.iso3() : c.name(), null,
                            c.population(), c.population() == null ? null : cellPrefix + ":" + line));
                }
            }
            return countries;
        }

        /** A value left empty is missing data and inserts no Indicator, exactly like a blank cell. */
        private List<Indicator> indicators(int caseLine, Map<String, Country> countries,
                                           List<RuleTestCase.IndicatorCode> codes) {
            List<Indicator> indicators = new ArrayList<>();
            if (spec.indicators() == null) {
                return indicators;
            }
            for (Map.Entry<String, Map<String, CaseYaml.IndicatorValue>> byCountry : spec.indicators().entrySet()) {
                String iso3 = byCountry.getKey();
                if (byCountry.getValue() == null) {
                    continue;
                }
                for (Map.Entry<String, CaseYaml.IndicatorValue> entry : byCountry.getValue().entrySet()) {
                    CaseYaml.IndicatorValue value = entry.getValue();
                    if (!countries.containsKey(iso3)) {
                        problem(value == null ? caseLine : value.line(), "indicators for " + iso3
                                + ", which is not in the case's countries");
                        break;
                    }
                    codes.add(new RuleTestCase.IndicatorCode(iso3, entry.getKey(), value == null ? caseLine : value.line()));
                    if (value != null && value.reading() != null && spec.year() != null) {
                        indicators.add(new Indicator(iso3, entry.getKey(), spec.year(), value.reading().value(),
                                value.reading().low(), value.reading().high(), cellPrefix + ":" + value.line()));
                    }
                }
            }
            return List.copyOf(indicators);
        }

        /**
         * One Border per direction, as the Borders sheet gives them: a border to a country outside
         * the case's countries is seen from the inside only (that country is not assessed).
         */
        private List<Border> borders(Map<String, Country> countries) {
            List<Border> borders = new ArrayList<>();
            if (spec.borders() == null) {
                return borders;
            }
            Set<String> pairs = new HashSet<>();
            for (CaseYaml.BorderSpec b : spec.borders()) {
                int line = lines.lineOf(b);
                if (b.iso3() == null || !countries.containsKey(b.iso3())) {
                    problem(line, "border from " + b.iso3() + ", which is not in the case's countries");
                } else if (b.neighbour() == null || !ISO3.matcher(b.neighbour()).matches()) {
                    problem(line, "found neighbour \"" + b.neighbour() + "\", expected " + UnitCode.EXPECTED);
                } else if (b.km() == null || b.km() <= 0) {
                    problem(line, "border " + b.iso3() + "-" + b.neighbour() + " needs its length above 0, e.g. \"km: 461\"");
                } else if (!pairs.add(pairKey(b.iso3(), b.neighbour()))) {
                    problem(line, "border " + b.iso3() + "-" + b.neighbour() + " given twice; give each border once");
                } else {
                    String cell = cellPrefix + ":" + line;
                    borders.add(new Border(b.iso3(), b.neighbour(), b.km(), cell));
                    if (countries.containsKey(b.neighbour())) {
                        borders.add(new Border(b.neighbour(), b.iso3(), b.km(), cell));
                    }
                }
            }
            return List.copyOf(borders);
        }

        private static String pairKey(String a, String b) {
            return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        }

        private List<RuleTestCase.Expectation> expectations(int caseLine, Map<String, Country> countries) {
            List<RuleTestCase.Expectation> expectations = new ArrayList<>();
            if (spec.expect() == null || spec.expect().isEmpty()) {
                problem(caseLine, "case \"" + spec.name() + "\" expects nothing; expected \"expect:\" with a country"
                        + " and its band, score, dimensions, fires, doesNotFire or points");
                return expectations;
            }
            for (Map.Entry<String, CaseYaml.ExpectationSpec> entry : spec.expect().entrySet()) {
                CaseYaml.ExpectationSpec e = entry.getValue();
                int line = e == null ? caseLine : lines.lineOf(e);
                String iso3 = entry.getKey();
                if (!countries.containsKey(iso3)) {
                    problem(line, "expectations for " + iso3 + ", which is not in the case's countries");
                    continue;
                }
                if (e == null || (e.band() == null && e.score() == null && empty(e.dimensions()) && empty(e.fires())
                        && empty(e.doesNotFire()) && empty(e.points()))) {
                    problem(line, "nothing expected of " + iso3 + "; expected band, score, dimensions, fires,"
                            + " doesNotFire or points");
                    continue;
                }
                expectations.add(new RuleTestCase.Expectation(iso3, line, e.band(), e.score(),
                        e.dimensions() == null ? Map.of() : orEmpty(e.dimensions(), line),
                        names(e.fires(), line, "fires"), names(e.doesNotFire(), line, "doesNotFire"),
                        e.points() == null ? Map.of() : new LinkedHashMap<>(e.points())));
            }
            return List.copyOf(expectations);
        }

        private List<String> names(List<String> names, int line, String field) {
            if (names == null) {
                return List.of();
            }
            List<String> stripped = new ArrayList<>();
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    problem(line, "an empty rule name in " + field);
                } else {
                    stripped.add(name.strip());
                }
            }
            return List.copyOf(stripped);
        }

        private Map<Dimension, ValueRange> orEmpty(Map<Dimension, ValueRange> map, int line) {
            Map<Dimension, ValueRange> copy = new EnumMap<>(Dimension.class);
            map.forEach((dimension, range) -> {
                if (range == null) {
                    problem(line, "no value for " + dimension + "; expected a number or a range such as 4.5-5.0");
                } else {
                    copy.put(dimension, range);
                }
            });
            return copy;
        }

        private static boolean empty(java.util.Collection<?> c) {
            return c == null || c.isEmpty();
        }

        private static boolean empty(Map<?, ?> m) {
            return m == null || m.isEmpty();
        }

        private void problem(int line, String message) {
            problems.add(displayName + ":" + line + ": " + message);
        }
    }
}
