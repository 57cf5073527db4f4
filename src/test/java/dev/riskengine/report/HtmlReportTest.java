package dev.riskengine.report;

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
    void tableRepeatsTheNumbersOfTheChart() {
        String table = between("<table class=\"ranking\">", "</table>");

        assertThat(table).contains("<td class=\"num\">7.2</td><td class=\"num\">6.8–7.5</td>"
                + "<td class=\"num\">8.4</td><td class=\"num\">6.2</td><td class=\"num\">7.3</td><td class=\"num\">90%</td>");
        assertThat(count(table, "<tr>")).isEqualTo(4);
    }

    @Test
    void eachCountryHasASectionWithItsContributions() {
        assertThat(all(html, "<section class=\"country\" id=\"([A-Z]{3})\">")).containsExactly("MLI", "NER", "TUN");
        String mali = between("id=\"MLI\">", "</section>");
        assertThat(mali).contains("returning_fighters").contains("Spillover from a high-threat neighbour")
                .contains("exposure.drl").contains("Borders!C2, Indicators!E4").contains("-1.5").contains("90%");
        assertThat(count(between("id=\"MLI\">", "</section>"), "<tr>")).isEqualTo(1 + 4 + 1 + 2);
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
