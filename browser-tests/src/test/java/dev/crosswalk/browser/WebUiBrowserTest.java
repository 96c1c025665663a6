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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode orgApi(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bankKey).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String axeScript;

    /**
     * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now: no violation of impact serious or critical.
     * The script is injected through WebDriver (not a page script, so the page's CSP stays as it is).
     */
    private void assertAccessible(String page) throws Exception {
        if (axeScript == null) {
            try (InputStream in = WebUiBrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeScript);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object raw = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify({rules: r.passes.length + r.violations.length + r.incomplete.length,"
                + " violations: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')"
                + " + ' [' + v.nodes[0].failureSummary + ']')})))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
        JsonNode result = JSON.readTree(String.valueOf(raw));
        assertThat(result.path("error").isMissingNode()).as(page + ": " + result).isTrue();
        assertThat(result.path("rules").asInt()).as(page + ": axe ran its rules").isGreaterThan(10);
        assertThat(result.path("violations")).as(page + ": serious or critical WCAG 2 A/AA violations").isEmpty();
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

    @Test
    void aDistributorThatPutsItsNameOnACreditScoringSystemBecomesItsProvider() throws Exception {
        String request = "{\"role\":\"distributor\",\"annexIII\":\"5(b)\",\"ownNameOrTrademark\":true,\"timeline\":\"amended\"}";
        JsonNode expected = post("/api/v1/classify", request);
        assertThat(expected.path("effectiveRole").asText()).isEqualTo("provider");
        assertThat(expected.path("owedByInitialProvider").size()).isPositive();
        String art16Date = null;
        for (JsonNode o : expected.path("obligations")) {
            if (o.path("provision").asText().equals("eu-ai-act:Art. 16")) art16Date = o.path("appliesFrom").asText();
        }
        assertThat(art16Date).as("Art. 16 among the obligations").isNotNull();
        open("/classify");
        new Select(visible("#role")).selectByValue("distributor");
        assertThat(driver.findElement(By.id("q-valuechain")).isDisplayed()).as("Art. 25 asked only once a high-risk route is chosen").isFalse();
        new Select(visible("#annexIII")).selectByValue("5(b)");
        visible("#ownNameOrTrademark").click();
        assertThat(driver.findElement(By.id("q-purpose")).isDisplayed()).as("(c) excludes (a)").isFalse();
        assertThat(driver.findElement(By.id("q-excluded")).isDisplayed()).as("excludedHighRiskUse is the initial provider's").isFalse();
        assertThat(driver.findElement(By.id("q-supplier")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#classify-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("effective-role"), "provider"));
        assertThat(driver.findElement(By.id("risk-class")).getText()).isEqualTo("high-risk");
        assertThat(driver.findElement(By.id("art25-basis")).getText()).contains("Art. 25(1)(a)");
        String css = "section[data-timeline='amended'] li[data-date='" + art16Date + "'] li[data-provision='eu-ai-act:Art. 16']";
        assertThat(driver.findElements(By.cssSelector(css))).as(css).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#owed-table tbody tr"))).hasSize(expected.path("owedByInitialProvider").size());
        assertThat(driver.findElement(By.cssSelector("#owed-table tbody tr")).getText()).contains("Art. 25(2)");
        ((ChromeDriver) driver).executeScript("document.getElementById('value-chain').scrollIntoView()");
        screenshot("classify-value-chain");
        assertCleanConsole();
    }

    @Test
    void theDashboardShowsWhatWouldCloseAGapInAFrameworkOtherThanIso42001() throws Exception {
        // a gap of each framework but ISO 42001 (no IMS plan there) that mapped provisions would close, by the API's verdicts
        JsonNode gaps = orgApi("/api/v1/orgs/northgate-bank/gaps");
        Map<String, Set<String>> expected = new HashMap<>();
        for (JsonNode f : gaps.path("frameworks")) {
            if (f.path("framework").asText().equals("iso42001")) continue;
            for (JsonNode r : f.path("requirements")) {
                if (!r.path("status").asText().equals("gap")) continue;
                String ref = r.path("provision").asText();
                JsonNode cw = api("/api/v1/crosswalk?inferred=true&from=" + enc(ref));
                Set<String> candidates = new LinkedHashSet<>();
                for (String part : List.of("mappings", "inferred")) {
                    cw.path(part).forEach(m -> { if (!m.path("relation").asText().equals("no-relationship")) candidates.add(m.path("to").asText()); });
                }
                candidates.remove(ref);
                if (candidates.isEmpty() || candidates.size() > 12) continue;
                Set<String> closing = new LinkedHashSet<>();
                for (String c : candidates) {
                    String effect = api("/api/v1/explain?from=" + enc(c) + "&to=" + enc(ref)).path("coverage").path("effect").asText();
                    if (effect.equals("covers") || effect.equals("partial")) closing.add(c);
                }
                if (!closing.isEmpty()) {
                    expected.put(ref, closing);
                    break;
                }
            }
        }
        assertThat(expected).as("in the example profile, a gap in eu-ai-act and one in uk-fca that mapped provisions would close").hasSize(2);
        open("/orgs/northgate-bank");
        visible("#api-key").sendKeys(bankKey);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        visible("#gaps-table");
        WebElement details = null;
        for (var e : expected.entrySet()) {
            WebElement d = driver.findElement(By.cssSelector("#gaps-table details.closers[data-provision='" + e.getKey() + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", d);
            d.findElement(By.tagName("summary")).click();
            wait.until(x -> !d.findElements(By.cssSelector("li[data-control]")).isEmpty());
            Set<String> shown = new LinkedHashSet<>();
            for (WebElement li : d.findElements(By.cssSelector("li[data-control]"))) {
                String control = li.getAttribute("data-control");
                shown.add(control);
                JsonNode verdict = api("/api/v1/explain?from=" + enc(control) + "&to=" + enc(e.getKey()));
                assertThat(li.getAttribute("data-effect")).as(control).isEqualTo(verdict.path("coverage").path("effect").asText());
            }
            assertThat(shown).as("what would close " + e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
            details = d;
        }
        assertThat(driver.findElements(By.cssSelector("#systems-table tbody tr"))).hasSize(gaps.path("aiSystems").size());
        for (String id : List.of("scores-table", "gaps-table", "systems-table", "soa-table", "ims-table", "history-table")) {
            assertThat(driver.findElements(By.xpath("//table[@id='" + id + "']/ancestor::div[@class='table-block']//button[contains(@class,'download-csv')]")))
                    .as(id + " downloads as CSV").hasSize(1);
        }
        ((ChromeDriver) driver).executeScript("arguments[0].scrollIntoView()", details);
        screenshot("organisation-gap-closers");
        assertCleanConsole();
    }

    @Test
    void theKeyboardReachesTheSearchAndOpensAResultWithEnterWithVisibleFocus() throws Exception {
        open("/");
        visible("#q");
        wait.until(d -> d.findElements(By.cssSelector("#framework option")).size() > 1);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 12 && !"q".equals(activeId()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            order.add(describeActive());
            assertVisibleFocus();
        }
        assertThat(order).as("tab order from the top of the page").containsExactly("a.skip", "a.name", "a:/", "a:/heatmap", "a:/classify",
                "a:/orgs/", "a:/sparql", "input#q");
        new Actions(driver).sendKeys("logging").sendKeys(Keys.ENTER).perform();
        wait.until(d -> !d.findElements(By.cssSelector("#results li.hit a")).isEmpty());
        String first = driver.findElement(By.cssSelector("#results li.hit")).getAttribute("data-ref");
        String onFirst = "return document.activeElement === document.querySelector('#results li.hit a')";
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 6 && !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(onFirst)); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            after.add(describeActive());
            assertVisibleFocus();
        }
        assertThat(after).as("after the search box: the framework filter, the search button, the first result").hasSize(3);
        assertThat(after.get(0)).isEqualTo("select#framework");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#provision h1"), first));
        assertCleanConsole();
    }

    private String activeId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.id"));
    }

    /** The focused element as tag#id, tag.class, or a:href for links without either. */
    private String describeActive() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("const e = document.activeElement;"
                + "return e.id ? e.tagName.toLowerCase() + '#' + e.id : e.className ? e.tagName.toLowerCase() + '.' + e.className"
                + " : e.tagName.toLowerCase() + ':' + e.getAttribute('href');"));
    }

    /** The focused element draws an outline (style not none, width above zero). */
    private void assertVisibleFocus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("const s = getComputedStyle(document.activeElement);"
                + "return {style: s.outlineStyle, width: s.outlineWidth, what: document.activeElement.outerHTML.slice(0, 80)};");
        assertThat(o.get("style")).as("outline of " + o.get("what")).isNotEqualTo("none");
        assertThat(Double.parseDouble(String.valueOf(o.get("width")).replace("px", ""))).as("outline width of " + o.get("what")).isPositive();
    }

    @Test
    void everyPageHasNoSeriousOrCriticalWcagViolation() throws Exception {
        open("/?q=logging");
        wait.until(d -> !d.findElements(By.cssSelector("#results li.hit")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#frameworks table tbody tr")).isEmpty());
        assertAccessible("search");

        open("/provision?ref=" + enc("iso42001:7.2"));
        wait.until(d -> !d.findElements(By.cssSelector("#chains-table tbody tr")).isEmpty());
        assertAccessible("provision");

        open("/heatmap");
        visible("#framework-matrix");
        driver.findElement(By.cssSelector("#framework-matrix button.cell[data-from='iso42001'][data-to='eu-ai-act']")).click();
        visible("#pair-grid");
        driver.findElement(By.cssSelector("#pair-grid button.cell")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#rows-table tbody tr")).isEmpty());
        for (String id : List.of("framework-matrix", "pair-grid")) {
            assertThat(driver.findElements(By.xpath("//table[@id='" + id + "']/ancestor::div[@class='table-block']//button[contains(@class,'download-csv')]")))
                    .as(id + " downloads as CSV").hasSize(1);
        }
        assertAccessible("heatmap");

        open("/classify");
        new Select(visible("#role")).selectByValue("distributor");
        new Select(visible("#annexIII")).selectByValue("5(b)");
        visible("#ownNameOrTrademark").click();
        driver.findElement(By.cssSelector("#classify-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("effective-role"), "provider"));
        assertAccessible("classify");

        open("/orgs/northgate-bank");
        visible("#api-key");
        assertAccessible("organisation sign-in");
        driver.findElement(By.id("api-key")).sendKeys(bankKey);
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        visible("#soa-table");
        WebElement summary = driver.findElement(By.cssSelector("#gaps-table details.closers summary"));
        summary.click();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const l = document.querySelector('#gaps-table details.closers .closer-list');"
                        + "return l.children.length > 0 && l.textContent !== 'Looking up…';")));
        assertAccessible("organisation dashboard");

        open("/orgs/");
        visible("#org-id");
        assertAccessible("organisation picker");

        open("/sparql");
        wait.until(d -> d.findElements(By.cssSelector("#yasgui .tabsList .tab")).size() > 3);
        assertAccessible("sparql");
        assertCleanConsole();
    }
}
