package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.SahelFixture;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path folder;
    private String html;

    @BeforeEach
    void write() throws IOException {
        Path file = folder.resolve("report.html");
        new HtmlReport().write(SahelFixture.assessment(), SahelFixture.run(), file);
        html = Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aUnitWithInsufficientDataShowsItsReasonsAndNoRankScoreOrBar() throws IOException {
        Path file = folder.resolve("insufficient.html");
        new HtmlReport().write(SahelFixture.withInsufficient(), SahelFixture.run(), file);
        String page = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(page).contains("<tr><td class=\"num\">–</td><td><a href=\"#TCD\">Chad</a>")
                .contains("<span class=\"band band-other\">Insufficient data</span></td><td class=\"num\">–</td>"
                        + "<td class=\"num\">6.5</td><td class=\"num\">–</td>")
                .contains(SahelFixture.CHAD_REASON)
                .contains("text-anchor=\"end\">Chad</text>")
                .doesNotContain("4. Chad")
                .contains("<td class=\"num\">7.2</td><td class=\"num\">2.5</td>");
    }

    @Test
    void aUnitWithInsufficientDataHasNoRankInTheTrendChart() throws IOException {
        Path file = folder.resolve("insufficient-trend.html");
        Assessment years = SahelFixture.assessment();
        new HtmlReport().write(new Assessment(years.year(), SahelFixture.withInsufficient().countries(), List.of(),
                years.otherYears()), SahelFixture.run(), file);
        String trend = Files.readString(file, StandardCharsets.UTF_8);
        trend = trend.substring(trend.indexOf("<svg class=\"chart trend\""));

        assertThat(trend).contains("1. Mali</text>").contains(">Chad</text>").doesNotContain("4. Chad");
    }

    @Test
    void chartIsInlineSvgWithOneBarPerCountryColouredByBand() {
        String svg = between("<svg", "</svg>");

        assertThat(count(svg, "<rect class=\"bar\"")).isEqualTo(3);
        assertThat(all(svg, "<rect class=\"bar\"[^>]*fill=\"(#[0-9A-F]{6})\"")).containsExactly(
                BandColour.forLevel(5).fill(), BandColour.forLevel(4).fill(), BandColour.forLevel(3).fill());
        assertThat(all(svg, "<a href=\"#([A-Z]{3})\">")).containsExactly("MLI", "NER", "TUN");
    }

    @Test
    void barLengthsFollowTheScores() {
        List<String> widths = all(between("<svg", "</svg>"), "<rect class=\"bar\"[^>]*width=\"([0-9.]+)\"");

        double mali = Double.parseDouble(widths.get(0));
        double niger = Double.parseDouble(widths.get(1));
        assertThat(mali / niger).isCloseTo(7.24 / 5.6, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void whiskersAreDrawnOnlyForCountriesWithARange() {
        String svg = between("<svg", "</svg>");

        // Mali and Niger have ranges; Tunisia's low and high equal its score.
        assertThat(count(svg, "<g class=\"range whisker\">")).isEqualTo(2);
    }

    @Test
    void legendNamesEachBandOnceHighestFirst() {
        String legend = between("<ul class=\"legend\">", "</ul>");

        assertThat(all(legend, "</span>([^<]+)</li>")).startsWith("Very High", "High", "Medium");
    }

    @Test
    void tableRepeatsTheNumbersOfTheChartWithTheChangeSinceThePreviousYear() {
        String table = between("<table class=\"ranking\">", "</table>");

        assertThat(table).contains("<th class=\"num\">Change since 2023</th>");
        assertThat(table).contains("<td class=\"num\">7.2</td><td class=\"num\">–</td><td class=\"num\">6.8–7.5</td>"
                + "<td class=\"num\"><span class=\"change up\">▲ +1.2</span></td>"
                + "<td><span class=\"band band-4\">High</span></td><td class=\"num\">90%</td>");
        assertThat(table).contains("<span class=\"change down\">▼ -0.6</span>")
                .contains("<span class=\"change flat\">0.0</span>");
        assertThat(count(table, "<tr>")).isEqualTo(4);
    }

    @Test
    void headlineNamesTheCountriesWhoseBandChangedSinceThePreviousYear() {
        String headline = between("<header id=\"headline\">", "</header>");

        assertThat(headline).contains("Run 2026-11-25 06:00 UTC").contains("year 2024 (trend 2022–2024)")
                .contains("<code>indicators.xlsx</code>").contains("<code>threat.drl</code>");
        assertThat(headline).contains("Band changes since 2023:</strong> 1 rose, 0 fell.");
        assertThat(all(headline, "<li><a href=\"#([A-Z]{3})\">")).containsExactly("MLI");
    }

    @Test
    void dimensionsAreSmallMultiplesWithATableOfTheirNumbers() {
        String svg = between("<svg class=\"chart dimensions\"", "</svg>");
        String table = between("<table class=\"dimensions\">", "</table>");

        assertThat(all(svg, "<text class=\"panel-title\"[^>]*>([A-Za-z]+)<")).containsExactly("Threat", "Exposure",
                "Vulnerability");
        assertThat(count(svg, "<rect class=\"dim threat\"")).isEqualTo(3);
        assertThat(count(svg, "<rect class=\"dim vulnerability\"")).isEqualTo(3);
        List<String> threat = all(svg, "<rect class=\"dim threat\"[^>]*width=\"([0-9.]+)\"");
        assertThat(Double.parseDouble(threat.get(0)) / Double.parseDouble(threat.get(2)))
                .isCloseTo(8.4 / 3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(table).contains("<td class=\"num\">8.4</td><td class=\"num\">6.2</td><td class=\"num\">7.3</td>");
    }

    @Test
    void trendHasOneSmallChartPerCountryAndATableOfEveryYear() {
        String svg = between("<svg class=\"chart trend\"", "</svg>");
        String table = between("<table class=\"trend\">", "</table>");

        assertThat(all(svg, "<g class=\"small\" data-iso3=\"([A-Z]{3})\">")).containsExactly("MLI", "NER", "TUN");
        assertThat(count(svg, "<path class=\"line\"")).isEqualTo(3);
        assertThat(count(svg, "<circle class=\"point\"")).isEqualTo(9);
        assertThat(table).contains("<th class=\"num\">2022</th><th class=\"num\">2023</th><th class=\"num\">2024</th>");
        assertThat(table).contains("<td class=\"num\">5.0</td><td class=\"num\">6.0</td><td class=\"num\">7.2</td>"
                + "<td class=\"num\"><span class=\"change up\">▲ +2.2</span></td>");
    }

    @Test
    void aSingleYearRunSaysSoInsteadOfDrawingATrend() throws IOException {
        String single = new HtmlReport().render(SahelFixture.oneYear(), SahelFixture.run());

        assertThat(single).doesNotContain("<svg class=\"chart trend\"").doesNotContain("Change since")
                .contains("Only 2024 was assessed");
    }

    @Test
    void methodologyListsTheRulesUsedByStageWithWhatTheyContributed() {
        String methodology = between("<section id=\"methodology\">", "</section>");

        assertThat(methodology).contains("5 rules in 2 files");
        assertThat(all(methodology, "<tr class=\"stage\"><th colspan=\"4\">(Stage [^<]+)</th>")).containsExactly(
                "Stage 1 · salience 0 · 3 rules", "Stage 2 · salience -400 · 1 rule", "Stage 3 · salience -500 · 1 rule");
        assertThat(methodology).contains("RiskScore(value &gt;= 5.0, value &lt; 6.5)");
        assertThat(methodology).contains("<td>Armed groups active</td><td><code>threat.drl</code></td>")
                .contains("1 firing: +3.0 threat");
        assertThat(methodology).contains("Rule that never fired").contains("added no points");
        // Bands seen across the years, highest level first, with the scores seen in each.
        assertThat(all(between("<table class=\"bands\">", "</table>"), "<span class=\"band band-\\d\">([^<]+)</span>"))
                .containsExactly("Very High", "High", "Medium", "Low");
        assertThat(between("<table class=\"bands\">", "</table>")).contains("5.0–6.2");
    }

    @Test
    void quotesAmpersandsAndApostrophesInNamesAreEscapedEverywhere() throws IOException {
        Assessment base = SahelFixture.oneYear();
        CountryAssessment mali = base.countries().get(0);
        CountryAssessment odd = new CountryAssessment(new Country("MLI", "Mali \"&' Co", "Sahel", 1L), 1, mali.score(),
                mali.band(), mali.bandLevel(), mali.scoreLow(), mali.scoreHigh(), mali.dimensions(), mali.completeness(),
                mali.indicators(), mali.missingIndicators(), mali.contributions());

        String page = new HtmlReport().render(new Assessment(2024, List.of(odd), List.of()), SahelFixture.run());

        assertThat(page).doesNotContain("Mali \"&' Co").contains("Mali &quot;&amp;&#39; Co");
    }

    @Test
    void eachCountryHasASectionWithItsContributions() {
        assertThat(all(html, "<section class=\"country\" id=\"([A-Z]{3})\">")).containsExactly("MLI", "NER", "TUN");
        String mali = between("id=\"MLI\">", "</section>");
        assertThat(mali).contains("returning_fighters").contains("Spillover from a high-threat neighbour")
                .contains("exposure.drl").contains("Borders!C2, Indicators!E4").contains("-1.5").contains("90%");
        assertThat(count(between("id=\"MLI\">", "</section>"), "<tr>")).isEqualTo(1 + 4 + 1 + 2);
        assertThat(mali).contains("Since 2023").contains("(was <span class=\"band band-4\">High</span>)")
                .contains("Score by year:</strong> 2022 <span class=\"band band-4\">5.0</span>")
                .contains("<span class=\"cells\">Indicators!D3</span> returning_fighters is blank");
    }

    @Test
    void inputTextIsEscapedSoItCannotAddMarkupOrScript() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
        assertThat(html).contains("Niger&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("Armed groups &quot;active&quot; &lt;img src=x onerror=alert(2)&gt;");
        assertThat(html).contains("Attacks rising | 2 regions &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(html).contains("=HYPERLINK(&quot;#Run!A1&quot;,&quot;Tunisia&quot;)");
        assertThat(html).contains("&lt;no spillover&gt;");
    }

    @Test
    void pageIsSelfContained() {
        String lower = html.toLowerCase(Locale.ROOT);

        assertThat(lower).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        assertThat(lower).doesNotContain("<link").doesNotContain("@import").doesNotContain("url(").doesNotContain(" src=\"");
        assertThat(lower).contains("<style>").contains("content-security-policy").contains("default-src 'none'");
        assertThat(count(html, "<html")).isEqualTo(1);
    }

    @Test
    void dataIssuesAreListed() {
        String issues = between("<section id=\"data-issues\">", "</section>");

        assertThat(issues).contains("2 issues: 1 missing value, 1 warning");
        assertThat(issues).contains("Indicators!D3").contains("returning_fighters is blank").contains("WARNING");
    }

    @Test
    void bandBadgesUseTheBandColourClasses() {
        assertThat(html).contains("<span class=\"band band-5\">Very High</span>")
                .contains("<span class=\"band band-3\">Medium</span>");
        assertThat(html).contains(".band-5 { background: " + BandColour.forLevel(5).fill());
    }

    private String between(String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = html.indexOf(end, from);
        assertThat(to).as(end).isGreaterThan(from);
        return html.substring(from, to + end.length());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
