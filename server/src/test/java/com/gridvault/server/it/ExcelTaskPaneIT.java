package com.gridvault.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Excel task pane in a real headless Chromium (Debian's chromium and chromedriver, see
 * src/test/scripts/ensure-chromium.sh) against the real server, with a stand-in for Office.js
 * (src/test/resources/addin/office-standin.js: an in-memory DCF workbook that logs every write)
 * that the server's page loads from {@code gridvault.addin.office-js-url}, and a real HTTP server
 * speaking the OpenAI wire format as the organization's AI. Drives sign-in, workspace choice,
 * snapshot and findings, selection context, ask, preview, apply at level 1, undo; then level 0,
 * where nothing may ever be written.
 */
class ExcelTaskPaneIT {

    /** The stand-in's fixed port: the IT server's server.env points the task pane at it. */
    private static final int STANDIN_PORT = 19391;

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String USER = "ana-" + SUFFIX;
    private static final String QUESTION = "Raise the discount rate to 9%";

    private static HttpServer standin;
    private static WireMockServer llm;
    private static String workspaceId;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void setUp() throws IOException {
        standin = HttpServer.create(new InetSocketAddress("127.0.0.1", STANDIN_PORT), 0);
        standin.createContext("/office-standin.js", exchange -> {
            byte[] script;
            try (InputStream in = ExcelTaskPaneIT.class.getResourceAsStream("/addin/office-standin.js")) {
                script = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/javascript; charset=utf-8");
            exchange.sendResponseHeaders(200, script.length);
            exchange.getResponseBody().write(script);
            exchange.close();
        });
        standin.start();

        llm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        llm.start();
        String answer =
                """
                {"answer":"A 9% discount rate is in line with the peer group's WACC.",
                 "actions":[{"kind":"WRITE_VALUES","sheet":"DCF","target":"C5",
                   "description":"Set the discount rate (WACC) to 9%","cells":[{"address":"C5","value":0.09}]}]}""";
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion(answer))));

        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", USER, "displayName", "Ana", "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        String orgId = asAna().body(Map.of("name", "Excel " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        workspaceId = asAna().body(Map.of("name", "Valuation " + SUFFIX))
                .post("/api/v1/orgs/" + orgId + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAna().body(Map.of(
                        "name", "local-llm",
                        "providerId", "openai-compatible",
                        "settings",
                                Map.of(
                                        "variant",
                                        "compatible",
                                        "base-url",
                                        llm.baseUrl() + "/v1",
                                        "model",
                                        "test-model",
                                        "api-key",
                                        "sk-test")))
                .post("/api/v1/orgs/" + orgId + "/ai/providers")
                .then()
                .statusCode(201);
        setLevel(1);

        // Debian's driver and browser, named explicitly: Selenium Manager never needs to look for (or download) either.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
    }

    @AfterAll
    static void tearDown() {
        if (llm != null) {
            llm.stop();
        }
        if (standin != null) {
            standin.stop(0);
        }
    }

    /** Starts chromedriver and a browser; quitting the browser stops that chromedriver. */
    private void openBrowser() {
        ChromeDriverService chromedriver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=420,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        browser = new ChromeDriver(chromedriver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theManifestAndThePageAreServedForTheConfiguredAddresses() {
        Response manifest = Api.anonymous().get("/addin/manifest.xml");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.contentType()).startsWith("application/xml");
        assertThat(manifest.asString())
                .contains("<SourceLocation DefaultValue=\"https://localhost:8443/addin/taskpane.html\"/>")
                .contains("<Permissions>ReadWriteDocument</Permissions>");

        Response page = Api.anonymous().get("/addin/taskpane.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("<script src=\"http://127.0.0.1:" + STANDIN_PORT + "/office-standin.js\"></script>")
                .doesNotContain("{{");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self' http://127.0.0.1:" + STANDIN_PORT + ";")
                .contains("frame-ancestors 'self' https://*.officeapps.live.com");
        assertThat(page.header("X-Frame-Options"))
                .as("Office on the web frames the pane")
                .isNull();
        assertThat(Api.anonymous().get("/api/v1/orgs").header("X-Frame-Options"))
                .isEqualTo("DENY");
    }

    @Test
    void atLevelOneAProposalIsPreviewedWrittenOnlyWhenApprovedAndUndone() {
        setLevel(1);
        openSession();

        List<String> findings = texts("#findings li.finding");
        assertThat(findings).as("the server checked the snapshot").isNotEmpty().anyMatch(f -> f.contains("DCF!G9"));
        assertThat(text("#model-type")).contains("DCF");

        standin("__standin.select('DCF', 'C5')");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#selection"), "DCF!C5"));

        ask();
        WebElement proposal = browser.findElement(By.cssSelector(".proposal"));
        assertThat(proposal.getAttribute("data-outcome")).isEqualTo("ASK");
        assertThat(previewRows(proposal)).containsExactly(List.of("C5", "0.08 [0.0%]", "0.09 [0.0%]"));
        assertThat(text("#answer")).contains("9% discount rate");
        assertThat(writes())
                .as("nothing is written before the analyst approves")
                .isEmpty();

        proposal.findElement(By.cssSelector("button.apply")).click();
        wait.until(b -> !writes().isEmpty() && Double.valueOf(0.09).equals(cellValue("C5")));
        assertThat(writes())
                .as("exactly the previewed cell, with the previewed value")
                .containsExactly(Map.of("sheet", "DCF", "address", "C5", "property", "values", "value", 0.09));
        assertThat(cell("C5")).containsEntry("numberFormat", "0.0%");
        wait.until(ExpectedConditions.attributeContains(By.id("undo"), "title", "1 change(s) to undo"));

        browser.findElement(By.id("undo")).click();
        wait.until(b -> Double.valueOf(0.08).equals(cellValue("C5")));
        assertThat(writes())
                .hasSize(2)
                .last()
                .isEqualTo(Map.of("sheet", "DCF", "address", "C5", "property", "values", "value", 0.08));
        wait.until(ExpectedConditions.attributeContains(By.id("redo"), "title", "1 change(s) to redo"));
        assertThat(browser.findElement(By.id("undo")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
        screenshot("level-1");
        assertNoConsoleErrors();
    }

    @Test
    void atLevelZeroNothingIsEverWrittenAndNothingCanBeApplied() {
        setLevel(0);
        openSession();
        assertThat(text("#autonomy")).contains("Level 0");

        ask();
        WebElement proposal = browser.findElement(By.cssSelector(".proposal"));
        assertThat(proposal.getAttribute("data-outcome")).isEqualTo("REFUSE");
        assertThat(previewRows(proposal)).containsExactly(List.of("C5", "0.08 [0.0%]", "0.09 [0.0%]"));
        assertThat(browser.findElements(By.cssSelector("button.apply")))
                .as("a suggestion has no Apply button")
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("button.decline"))).isEmpty();

        // Give a wrongly sent excel.actions.apply time to arrive: nothing may have been written.
        sleep(Duration.ofSeconds(2));
        assertThat(writes()).isEmpty();
        assertThat(cellValue("C5")).isEqualTo(0.08);
        screenshot("level-0");
        assertNoConsoleErrors();
    }

    // --- driving the pane ---------------------------------------------------------------------

    private void openSession() {
        openBrowser();
        browser.get(Api.BASE + "/addin/taskpane.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(USER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        By choice = By.cssSelector("button.workspace-choice[data-workspace-id='" + workspaceId + "']");
        wait.until(ExpectedConditions.elementToBeClickable(choice)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "open"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li")));
        assertThat(standinSettings())
                .as("the workbook id is kept in the document settings")
                .containsKey("gridvault.workbookId");
    }

    private void ask() {
        browser.findElement(By.id("question")).sendKeys(QUESTION);
        browser.findElement(By.id("ask")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".proposal")));
    }

    private List<List<String>> previewRows(WebElement proposal) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : proposal.findElements(By.cssSelector("table.diff tbody tr"))) {
            rows.add(row.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .toList());
        }
        return rows;
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Object standin(String script) {
        return ((JavascriptExecutor) browser).executeScript("return " + script + ";");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> writes() {
        return (List<Map<String, Object>>) standin("__standin.writes()");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cell(String address) {
        return (Map<String, Object>) standin("__standin.cell('DCF', '" + address + "')");
    }

    private Object cellValue(String address) {
        Object value = cell(address).get("value");
        return value instanceof Number n ? n.doubleValue() : value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> standinSettings() {
        return (Map<String, Object>) standin("__standin.settings()");
    }

    /** Keeps what the analyst saw, for a person reviewing the run (target/ExcelTaskPaneIT-*.png). */
    private void screenshot(String name) {
        try {
            java.nio.file.Files.write(
                    java.nio.file.Path.of("target", "ExcelTaskPaneIT-" + name + ".png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    // --- server set-up --------------------------------------------------------------------------

    private static void setLevel(int level) {
        asAna().body(Map.of("level", level))
                .put("/api/v1/workspaces/" + workspaceId + "/plugins/excel-bridge/settings")
                .then()
                .statusCode(200);
    }

    private static RequestSpecification asAna() {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(USER, PASSWORD);
    }

    private static String completion(String content) {
        return jakarta.json.Json.createObjectBuilder()
                .add("id", "chatcmpl-excel")
                .add("object", "chat.completion")
                .add("created", 1)
                .add("model", "test-model")
                .add(
                        "choices",
                        jakarta.json.Json.createArrayBuilder()
                                .add(jakarta.json.Json.createObjectBuilder()
                                        .add("index", 0)
                                        .add(
                                                "message",
                                                jakarta.json.Json.createObjectBuilder()
                                                        .add("role", "assistant")
                                                        .add("content", content))
                                        .add("finish_reason", "stop")))
                .add(
                        "usage",
                        jakarta.json.Json.createObjectBuilder()
                                .add("prompt_tokens", 200)
                                .add("completion_tokens", 60)
                                .add("total_tokens", 260))
                .build()
                .toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
