package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.HostileRun;
import dev.riskengine.report.InstalledTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opens report.html of a real run from disk in headless Chromium (Debian's chromium and
 * chromium-driver, driven by Selenium) and checks what a reader sees: the ranking, the charts,
 * the country sections, the hostile country name shown as text, no network request and no
 * console error. Saves a screenshot as target/report-screenshot.png.
 */
class ReportInChromiumTest {

    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    static Path folder;
    private static ChromeDriver browser;
    private static JsonNode scores;
    private static String pageUrl;

    @BeforeAll
    static void openReport() throws Exception {
        Path chromium = InstalledTool.require("Chromium", "chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driver = InstalledTool.require("ChromeDriver", "chromium-driver", "/usr/bin/chromedriver");
        Path run = HostileRun.in(folder);
        scores = HostileRun.scores(run);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,4000", "--user-data-dir=" + folder.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .withLogFile(folder.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 4000));
        pageUrl = run.resolve(HtmlReport.FILE_NAME).toUri().toString();
        browser.get(pageUrl);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void rankingTableListsTheCountriesOfScoresJsonInOrder() {
        List<WebElement> rows = browser.findElements(By.cssSelector("table.ranking tbody tr"));
        JsonNode countries = scores.get("countries");

        assertThat(rows).hasSize(countries.size());
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            JsonNode country = countries.get(i);
            assertThat(cells.get(0).getText()).isEqualTo(country.get("rank").asText());
            assertThat(cells.get(1).getText()).endsWith(country.get("iso3").asText());
            assertThat(cells.get(2).getText()).isEqualTo(country.get("band").asText());
            assertThat(cells.get(3).getText()).isEqualTo(HostileRun.oneDecimal(country.get("score")));
        }
    }

    @Test
    void chartsAreDrawnWithABarPerCountryInItsBandColour() {
        JsonNode countries = scores.get("countries");
        List<WebElement> bars = browser.findElements(By.cssSelector("#ranking svg.chart rect.bar"));

        assertThat(bars).hasSize(countries.size());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i).getAttribute("fill")).isEqualTo(
                    BandColour.forLevel(countries.get(i).get("bandLevel").asInt()).fill());
        }
        // Drawn on screen, not only present: the highest score has the longest bar.
        assertThat(bars.get(0).getRect().getWidth()).isGreaterThan(bars.get(bars.size() - 1).getRect().getWidth());
        assertThat(browser.findElements(By.cssSelector("#dimensions rect.dim"))).hasSize(3 * countries.size());
        assertThat(browser.findElements(By.cssSelector("#trend g.small"))).hasSize(countries.size());
        assertThat(browser.findElements(By.cssSelector("#trend circle.point")))
                .hasSize(countries.size() * scores.get("years").size());
        assertThat(browser.findElement(By.cssSelector("#trend svg")).getRect().getHeight()).isGreaterThan(100);
    }

    @Test
    void everyCountryHasASectionWithItsContributions() {
        for (JsonNode country : scores.get("countries")) {
            WebElement section = browser.findElement(By.id(country.get("iso3").asText()));
            List<WebElement> contributions = section.findElements(By.cssSelector("table.contributions tbody tr"));
            assertThat(contributions).as(country.get("iso3").asText()).hasSize(country.get("contributions").size());
            assertThat(section.getText()).contains("Completeness");
        }
        assertThat(browser.findElement(By.id("methodology")).getText()).contains("scoring.drl");
    }

    @Test
    void mapDrawsEveryAssessedUnitAsAShapeInItsBandColourOrListsIt() throws Exception {
        List<WebElement> shapes = browser.findElements(By.cssSelector("#map svg.map path.unit"));
        List<WebElement> listed = browser.findElements(By.cssSelector("#map .not-drawn"));
        List<String> codes = new ArrayList<>();
        shapes.forEach(shape -> codes.add(shape.getAttribute("data-unit")));
        listed.forEach(unit -> codes.add(unit.getAttribute("data-unit")));
        List<String> expected = new ArrayList<>();
        scores.get("countries").forEach(c -> expected.add(c.get("iso3").asText()));

        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shapes).as("the sample's countries all have outlines").hasSize(expected.size());
        for (WebElement shape : shapes) {
            JsonNode unit = unit(shape.getAttribute("data-unit"));
            // drawn: coloured as rendered by the browser, with a visible area and a hover title naming its score
            String fill = BandColour.forLevel(unit.get("bandLevel").asInt()).fill();
            assertThat(shape.getCssValue("fill")).isEqualTo(rgb(fill));
            assertThat(shape.getRect().getWidth() * shape.getRect().getHeight()).as(unit.get("iso3").asText()).isGreaterThan(20);
            assertThat(shape.findElement(By.tagName("title")).getAttribute("textContent"))
                    .contains(unit.get("iso3").asText()).contains(HostileRun.oneDecimal(unit.get("score")));
        }
        assertThat(browser.findElements(By.cssSelector("#map .map-legend li")).size()).isGreaterThanOrEqualTo(2);
        byte[] png = browser.findElement(By.cssSelector("#map svg.map")).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "map-screenshot.png"), png);
        assertThat(png.length).isGreaterThan(5_000);
    }

    private static JsonNode unit(String iso3) {
        for (JsonNode country : scores.get("countries")) {
            if (country.get("iso3").asText().equals(iso3)) {
                return country;
            }
        }
        throw new AssertionError("no unit " + iso3 + " in scores.json");
    }

    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + ", " + ((value >> 8) & 0xFF) + ", " + (value & 0xFF) + ")";
    }

    @Test
    void aCountryNameWithMarkupIsShownAsTextAndRunsNothing() {
        WebElement mali = browser.findElement(By.cssSelector("section#MLI h3"));

        assertThat(mali.getText()).contains(HostileRun.SCRIPT_NAME);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void pageMadeNoNetworkRequestAndLoggedNoError() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> byThePage = new ArrayList<>();
        List<String> toTheNetwork = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.at("/params/request/url").asText();
                if (pageUrl.equals(message.at("/params/documentURL").asText())) {
                    byThePage.add(url);
                }
                // The browser's own chrome:// pages and inline data: images are not network; anything else is.
                if (!url.startsWith("chrome://") && !url.startsWith("data:") && !url.equals(pageUrl)) {
                    toTheNetwork.add(url);
                }
            }
        }
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();

        assertThat(byThePage).as("requests the page made: only its own load").containsExactly(pageUrl);
        assertThat(toTheNetwork).as("requests to anything but the page").isEmpty();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }

    @Test
    void savesAScreenshot() throws Exception {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).as("a drawn page, not a blank one").isGreaterThan(20_000);
        assertThat(SCREENSHOT).hasBinaryContent(png);
    }
}
