package org.entente.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in real headless Chromium: every page loads, filters change the address and the results, an event
 * shows its evidence highlighted in the article, charts and the network graph render (their canvases exist and
 * the libraries drew into them). Screenshots: {@code web/target/screenshots/*.png}.
 *
 * <p>Without Chromium and ChromeDriver the tests are skipped with a message saying what to install
 * ({@code .ci/run} installs them, so they run in CI).
 */
class PagesInChromiumTest {

    @TempDir
    static Path dir;
    static WebFixture web;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.available()) {
            System.err.println("[browser tests] SKIPPED: " + HeadlessChromium.BROWSER + " or " + HeadlessChromium.DRIVER
                    + " is missing (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(HeadlessChromium.available(), "browser tests skipped: install chromium and chromium-driver");
        web = WebFixture.start(TestDatabase.Backend.H2, dir);
        driver = HeadlessChromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @AfterEach
    void noErrorShown() {
        List<WebElement> error = driver.findElements(By.id("error"));
        if (!error.isEmpty()) {
            assertFalse(error.get(0).isDisplayed(), "the page shows an error: " + error.get(0).getText());
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void open(String path) {
        driver.get(web.base() + path);
    }

    private static List<WebElement> rows(String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    /** Waits until a chart element holds a canvas that ECharts drew on (width and height set). */
    private static void chartDrawn(String id) {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
        WebElement canvas = driver.findElement(By.cssSelector("#" + id + " canvas"));
        assertTrue(canvas.getSize().getWidth() > 100 && canvas.getSize().getHeight() > 100, id + ": " + canvas.getSize());
        Object painted = ((JavascriptExecutor) driver).executeScript(
                "const c = document.querySelector('#' + arguments[0] + ' canvas');"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false;", id);
        assertEquals(Boolean.TRUE, painted, id + ": the canvas is blank");
    }

    @Test
    void dashboardShowsChartAndTables() {
        open("/");
        waiting().until(d -> rows("pairs").size() == 3);
        chartDrawn("monthly");
        assertEquals(3, rows("pairs").size());
        assertTrue(rows("actors").get(0).getText().contains("Central Bank of Azerbaijan"));
        assertEquals(1, rows("agreements").size());
        assertTrue(driver.findElement(By.id("total")).getText().startsWith("5 events"));
        assertTrue(Files.exists(HeadlessChromium.screenshot(driver, "dashboard")));
    }

    @Test
    void searchFiltersPagesAndExports() {
        open("/search");
        waiting().until(d -> rows("results").size() == 5);
        new Select(driver.findElement(By.name("type"))).selectByVisibleText("MEET");
        driver.findElement(By.name("country")).sendKeys("AZE");
        driver.findElement(By.id("apply")).click();
        waiting().until(ExpectedConditions.urlContains("type=MEET"));
        waiting().until(d -> rows("results").size() == 2);
        assertTrue(driver.getCurrentUrl().contains("country=AZE"));
        assertEquals("MEET", new Select(driver.findElement(By.name("type"))).getFirstSelectedOption().getText(),
                "the form shows the address's state");
        String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
        assertTrue(csv.contains("/api/export.csv?") && csv.contains("type=MEET") && csv.contains("country=AZE"), csv);
        assertTrue(driver.findElement(By.id("export-jsonl")).getAttribute("href").contains("type=MEET"));
        HeadlessChromium.screenshot(driver, "search");

        open("/search?size=2");
        waiting().until(d -> rows("results").size() == 2);
        driver.findElement(By.cssSelector("#pager a[data-page='2']")).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        waiting().until(d -> d.findElement(By.id("pager")).getText().contains("page 2 of 3"));
        assertEquals(2, rows("results").size());
    }

    @Test
    void eventPageHighlightsTheEvidence() {
        open("/search?text=" + "banking%20supervision");
        waiting().until(d -> rows("results").size() == 1);
        driver.findElement(By.cssSelector("#results a.event-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.evidence")));
        assertTrue(driver.getCurrentUrl().matches(".*/events/\\d+"), driver.getCurrentUrl());
        assertEquals(Samples.BANKS_AGREE.evidence(), driver.findElement(By.cssSelector("mark.evidence")).getText());
        String article = driver.findElement(By.cssSelector(".article")).getText();
        assertTrue(article.contains("The parties also agreed to exchange staff"), "the whole article is shown");
        String facts = driver.findElement(By.id("facts")).getText();
        assertTrue(facts.contains("Elnur Mammadli") && facts.contains("Baku") && facts.contains("finance"), facts);
        HeadlessChromium.screenshot(driver, "event");
    }

    @Test
    void actorPageShowsAliasesCounterpartsAndTimeline() {
        open("/");
        waiting().until(d -> rows("actors").size() > 0);
        rows("actors").get(0).findElement(By.tagName("a")).click();
        waiting().until(d -> rows("aliases").size() > 0);
        chartDrawn("timeline");
        assertEquals("Central Bank of Azerbaijan", driver.findElement(By.id("title")).getText());
        assertTrue(driver.findElement(By.id("aliases")).getText().contains("ACRONYM"));
        assertEquals(3, rows("counterparts").size());
        assertEquals(3, rows("events").size());
        HeadlessChromium.screenshot(driver, "actor");
    }

    @Test
    void networkRendersAndFilters() {
        open("/network?level=actor");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("graph")), "data-nodes"));
        assertFalse(driver.findElements(By.cssSelector("#graph canvas")).isEmpty(), "Cytoscape draws on canvases");
        long nodes = (Long) ((JavascriptExecutor) driver).executeScript("return window.ententeGraph.nodes().length");
        long edges = (Long) ((JavascriptExecutor) driver).executeScript("return window.ententeGraph.edges().length");
        assertEquals(4, nodes);
        assertEquals(3, edges);
        HeadlessChromium.screenshot(driver, "network");
        new Select(driver.findElement(By.name("type"))).selectByVisibleText("AGREE");
        driver.findElement(By.id("apply")).click();
        waiting().until(ExpectedConditions.urlContains("type=AGREE"));
        waiting().until(d -> "2".equals(d.findElement(By.id("graph")).getAttribute("data-nodes")));
        assertEquals("actor", new Select(driver.findElement(By.name("level"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    @Test
    void countryPairPageShowsTheDyad() {
        open("/pair/AZE/TUR");
        waiting().until(d -> rows("events").size() == 1);
        chartDrawn("timeline");
        assertEquals("AZE – TUR", driver.findElement(By.id("title")).getText());
        assertTrue(rows("events").get(0).getText().contains("Capital Markets Board"));
        HeadlessChromium.screenshot(driver, "pair");
    }
}
