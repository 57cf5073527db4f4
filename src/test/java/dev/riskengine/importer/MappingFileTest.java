package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed mapping is one line: the file, the line and what is wrong. */
class MappingFileTest {
    @TempDir Path folder;

    static String problem(String yaml) {
        return catchThrowableOfType(() -> MappingFile.parse("m.yaml", yaml), ImportException.class).getMessage();
    }

    @Test
    void theShippedMappingsAreValid() throws Exception {
        assertThat(MappingFile.read(Path.of("mappings", "sipri-milex.yaml")).mapping().indicators()).hasSize(2);
        assertThat(MappingFile.read(Path.of("mappings", "worldbank-wdi.yaml")).mapping().country().by())
                .isEqualTo(TableMapping.CountryKind.ISO3);
        assertThat(MappingFile.read(Path.of("mappings", "wgi.yaml")).codes()).extracting(MappedCode::code)
                .containsExactly("political_stability", "government_effectiveness");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                headr_row: 5
                indicators: [{code: x}]
                """)).startsWith("m.yaml:3: unknown key \"headr_row\"; did you mean \"header_row\"? (known: country, delimiter,"
                + " edition_label, header_row,");
    }

    @Test
    void anUnknownKeyInsideAnIndicatorSaysWhere() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                indicators:
                  - code: x
                    scal: 100
                """)).isEqualTo("m.yaml:5: indicators[1]: unknown key \"scal\"; did you mean \"scale\"?"
                        + " (known: code, dictionary, range, scale, sheet, value_column, where)");
    }

    @Test
    void aLayoutThatIsNeitherWideNorLong() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                layout: diagonal
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:3: layout: found \"diagonal\", expected one of: wide, long");
    }

    @Test
    void aScaleThatIsNotANumber() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                indicators:
                  - code: x
                    scale: a hundred
                """)).isEqualTo("m.yaml:5: indicators[1].scale: found \"a hundred\", expected a number");
    }

    @Test
    void missingKeysAreNamed() {
        assertThat(problem("""
                source: WDI
                indicators: [{code: x}]
                """)).matches("m\\.yaml: missing key country \\(with column: and by: name or iso3\\)");
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                """)).matches("m\\.yaml: missing key indicators .*");
    }

    @Test
    void aLongTableNeedsItsYearAndValueColumns() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                layout: long
                indicators: [{code: x}]
                """)).matches("m\\.yaml: missing key year_column \\(a long table has a year column\\)");
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                layout: long
                year_column: Year
                indicators: [{code: x}]
                """)).matches("m\\.yaml: indicator x: a long table needs value_column .*");
    }

    @Test
    void aCodeThatIsNotLowerSnakeCase() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                indicators:
                  - code: Military Spending
                """)).matches("m\\.yaml:\\d+: indicators: code \"Military Spending\" is not lower_snake_case .*");
    }

    @Test
    void invalidYamlIsNamedWithItsLine() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code
                indicators: [{code: x}]
                """)).matches("m\\.yaml:\\d: not valid YAML: .*");
    }

    @Test
    void anEmptyOrMissingFile() throws Exception {
        assertThat(problem("")).startsWith("m.yaml: empty");
        ImportException missing = catchThrowableOfType(() -> MappingFile.read(folder.resolve("nope.yaml")),
                ImportException.class);
        assertThat(missing.getMessage()).isEqualTo("nope.yaml: no such mapping file");
        Files.writeString(folder.resolve("list.yaml"), "- a\n- b\n");
        assertThat(catchThrowableOfType(() -> MappingFile.read(folder.resolve("list.yaml")), ImportException.class)
                .getMessage()).startsWith("list.yaml:1: ");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsSecondLine() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                indicators:
                  - code: military_spending_usd_m
                    sheet: Current US$
                    code: military_spending_pct_gdp
                """)).isEqualTo("m.yaml:6: indicators[1]: \"code\" is given twice (first on line 4); give each key once");
        assertThat(problem("""
                source: WDI
                source: SIPRI
                country: {column: Country Code}
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:2: \"source\" is given twice (first on line 1); give each key once");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasFoundAndExpected() {
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                scale: lots
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:3: scale: found \"lots\", expected a number");
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                indicators:
                  - code: [military_spending_usd_m, military_spending_pct_gdp]
                """)).isEqualTo("m.yaml:4: indicators[1].code: found a list, expected text");
        assertThat(problem("""
                source: WDI
                country: Country Code
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:2: country: found \"Country Code\", expected a mapping (key: value lines, or { key: value })");
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                missing: ..
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:3: missing: found \"..\", expected a list (lines starting with \"- \", or [a, b])");
        assertThat(problem("""
                source: WDI
                country: {column: Country Code}
                header_row: 2.5
                indicators: [{code: x}]
                """)).startsWith("m.yaml:3: header_row: ").contains("expected a whole number");
    }
}
