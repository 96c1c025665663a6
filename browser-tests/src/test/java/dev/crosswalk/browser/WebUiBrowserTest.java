package dev.crosswalk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in headless Chromium against a real server: each page used as a person would, its numbers checked against the API. */
class WebUiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "browser-test-admin-key-0123456789";
    private static CrosswalkServer server;
    private static String base;
    private static String bankKey;
    private static String otherKey;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        ApiContext api = ApiContext.of(Crosswalk.inMemory(), CrosswalkServer.SPARQL_PATH, Tdb2Store.inMemory().storage())
                .withAdmin(AdminKey.of(ADMIN));
        bankKey = api.keys().issue("northgate-bank", "Jane Doe", "browser test").token();
        otherKey = api.keys().issue("other-org", "Omar Other", "browser test").token();
        server = CrosswalkServer.start(api, 0);
        base = "http://localhost:" + server.port();
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/northgate-bank/profile"))
                .header("Authorization", "Bearer " + bankKey).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("..", "examples", "uk-bank.json")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private void open(String path) {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("crosswalk.chrome", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("crosswalk.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }
        driver.get(base + path);
    }

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("crosswalk.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** No script error and no Content-Security-Policy violation on the page. */
    private void assertCleanConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("the server responded with a status of 40"))  // refused keys, shown on the page
                .toList();
        assertThat(severe).extracting(LogEntry::getMessage).isEmpty();
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchLoggingAndOpenAResult() throws Exception {
        JsonNode expected = api("/api/v1/search?limit=25&q=logging").path("hits");
        assertThat(expected.size()).isGreaterThan(2);
        open("/");
        WebElement q = visible("#q");
        q.sendKeys("logging");
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#results li.hit")).size() == expected.size());
        List<WebElement> hits = driver.findElements(By.cssSelector("#results li.hit"));
        assertThat(hits.get(0).getAttribute("data-ref")).isEqualTo(expected.get(0).path("ref").asText());
        screenshot("browser-search");
        assertCleanConsole();

        String ref = hits.get(0).getAttribute("data-ref");
        hits.get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#provision h1"), ref));
        int rows = api("/api/v1/crosswalk?inferred=true&from=" + enc(ref)).path("mappings").size();
        assertThat(rows).isPositive();
        wait.until(d -> d.findElements(By.cssSelector("#mappings-table tbody tr")).size() == rows);
        assertThat(driver.findElement(By.cssSelector("#provision .paraphrase")).getText()).isEqualTo(api("/api/v1/provisions?ref=" + enc(ref)).path("paraphrase").asText());
        screenshot("provision");
        assertCleanConsole();
    }

    @Test
    void followAChainInTheGraph() throws Exception {
        JsonNode inferred = api("/api/v1/crosswalk?inferred=true&from=" + enc("iso42001:7.2")).path("inferred");
        assertThat(inferred.size()).isPositive();
        String next = inferred.get(0).path("bestChain").path("steps").get(0).path("to").asText();
        open("/provision?ref=" + enc("iso42001:7.2"));
        WebElement graph = visible("#graph");
        wait.until(d -> ((ChromeDriver) d).executeScript("return !!window.crosswalkGraph && window.crosswalkGraph.nodes().length > 1"));
        wait.until(d -> d.findElements(By.cssSelector("#chains-table tbody tr")).size() == inferred.size());
        screenshot("provision-chains");
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) ((ChromeDriver) driver).executeScript(
                "const n = window.crosswalkGraph.getElementById(arguments[0]); const p = n.renderedPosition();"
                        + "return {x: p.x, y: p.y, w: arguments[1].clientWidth, h: arguments[1].clientHeight};", next, graph);
        int dx = (int) Math.round(((Number) pos.get("x")).doubleValue() - ((Number) pos.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) pos.get("y")).doubleValue() - ((Number) pos.get("h")).doubleValue() / 2);
        new Actions(driver).moveToElement(graph, dx, dy).click().perform();  // a real click on the drawn node
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#provision h1"), next));
        assertThat(driver.getCurrentUrl()).contains("ref=" + enc(next).replace("+", "%20"));
        assertCleanConsole();
    }

    @Test
    void heatmapCellsShowTheMappingSetCounts() throws Exception {
        JsonNode sets = api("/api/v1/mapping-sets");
        assertThat(sets.size()).isGreaterThan(3);
        Map<String, Integer> pairs = new HashMap<>();
        sets.forEach(s -> {
            pairs.merge(s.path("from").asText() + ">" + s.path("to").asText(), s.path("rows").asInt(), Integer::sum);
            pairs.merge(s.path("to").asText() + ">" + s.path("from").asText(), s.path("rows").asInt(), Integer::sum);
        });
        open("/heatmap");
        visible("#framework-matrix");
        List<WebElement> cells = driver.findElements(By.cssSelector("#framework-matrix button.cell"));
        assertThat(cells).hasSize(pairs.size());
        for (WebElement c : cells) {
            String key = c.getAttribute("data-from") + ">" + c.getAttribute("data-to");
            assertThat(Integer.parseInt(c.getAttribute("data-count"))).as(key).isEqualTo(pairs.get(key));
            assertThat(c.getText()).isEqualTo(String.valueOf(pairs.get(key)));
        }
        screenshot("heatmap");

        driver.findElement(By.cssSelector("#framework-matrix button.cell[data-from='iso42001'][data-to='eu-ai-act']")).click();
        visible("#pair-grid");
        int total = driver.findElements(By.cssSelector("#pair-grid button.cell")).stream().mapToInt(c -> Integer.parseInt(c.getAttribute("data-count"))).sum();
        assertThat(total).isEqualTo(pairs.get("iso42001>eu-ai-act"));
        WebElement cell = driver.findElement(By.cssSelector("#pair-grid button.cell"));
        int behind = Integer.parseInt(cell.getAttribute("data-count"));
        cell.click();
        wait.until(d -> d.findElements(By.cssSelector("#rows-table tbody tr")).size() == behind);
        screenshot("heatmap-pair");
        assertCleanConsole();
    }

    @Test
    void classifyACreditScoringProviderShowsArt9OnTheTimelineAtItsDate() throws Exception {
        Map<String, String> dates = new HashMap<>();
        for (String timeline : List.of("original", "amended")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/classify")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"provider\",\"annexIII\":\"5(b)\",\"timeline\":\"" + timeline + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode o : JSON.readTree(r.body()).path("obligations")) {
                if (o.path("provision").asText().equals("eu-ai-act:Art. 9")) dates.put(timeline, o.path("appliesFrom").asText());
            }
        }
        assertThat(dates).containsKeys("original", "amended");
        open("/classify");
        new Select(visible("#role")).selectByValue("provider");
        new Select(visible("#annexIII")).selectByValue("5(b)");
        assertThat(driver.findElement(By.id("q-derogation")).isDisplayed()).as("Art. 6(3) asked once an Annex III area is chosen").isTrue();
        assertThat(driver.findElement(By.id("q-deployer")).isDisplayed()).as("Art. 27 questions are for deployers").isFalse();
        driver.findElement(By.cssSelector("#classify-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("risk-class"), "high-risk"));
        for (var e : dates.entrySet()) {
            String css = "section[data-timeline='" + e.getKey() + "'] li[data-date='" + e.getValue() + "'] li[data-provision='eu-ai-act:Art. 9']";
            assertThat(driver.findElements(By.cssSelector(css))).as(css).hasSize(1);
        }
        ((ChromeDriver) driver).executeScript("document.getElementById('answer').scrollIntoView()");
        screenshot("classify");
        assertCleanConsole();
    }

    @Test
    void anOrganisationSignsInWithItsKeyAndIsRefusedWithAnothers() throws Exception {
        HttpResponse<String> gaps = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/northgate-bank/gaps"))
                .header("Authorization", "Bearer " + bankKey).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode frameworks = JSON.readTree(gaps.body()).path("frameworks");
        assertThat(frameworks.size()).isPositive();
        open("/orgs/northgate-bank");
        visible("#api-key").sendKeys(bankKey);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        visible("#scores-table");
        for (JsonNode f : frameworks) {
            WebElement row = driver.findElement(By.cssSelector("#scores-table tr[data-framework='" + f.path("framework").asText() + "']"));
            assertThat(row.findElement(By.cssSelector(".score")).getText()).isEqualTo(Math.round(f.path("score").asDouble() * 100) + " %");
        }
        visible("#soa-table");
        assertThat(driver.findElements(By.cssSelector("#soa-table tbody tr"))).hasSize(38);
        assertThat(((ChromeDriver) driver).executeScript("return window.localStorage.length")).isEqualTo(0L);
        screenshot("organisation");
        assertCleanConsole();

        driver.findElement(By.id("sign-out")).click();
        visible("#api-key").sendKeys(otherKey);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        WebElement problem = visible("#status .problem");
        assertThat(problem.findElement(By.cssSelector(".detail")).getText()).isEqualTo("This API key belongs to another organisation.");
        assertThat(driver.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        screenshot("organisation-refused");
    }

    @Test
    void runANamedQueryInYasgui() throws Exception {
        JsonNode queries = api("/api/v1/queries");
        long publicQueries = 0;
        for (JsonNode q : queries) if (q.path("public").asBoolean()) publicQueries++;
        assertThat(publicQueries).isGreaterThan(3);
        open("/sparql");
        final long expectedTabs = publicQueries;
        wait.until(d -> d.findElements(By.cssSelector("#yasgui .tabsList .tab")).size() == expectedTabs);
        WebElement tab = driver.findElements(By.cssSelector("#yasgui .tabsList .tab")).stream()
                .filter(t -> t.findElement(By.tagName("span")).getText().trim().equals("unmapped")).findFirst().orElseThrow();
        tab.findElement(By.tagName("a")).click();
        WebElement run = visible(".tabPanel.active .yasqe_queryButton");
        run.click();
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).size() > 1);
        assertThat(driver.findElement(By.cssSelector(".tabPanel.active .yasr")).getText()).contains("notation");
        screenshot("sparql");
        assertCleanConsole();
    }
}
