package com.gridvault.server.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
 * snapshot and findings, selection context, ask, preview, apply at level 1, undo, redo; then level 0,
 * where nothing may ever be written. The level-1 session runs over https and wss, as in Excel, with
 * the certificate the IT server generated at its first start; level 0 over plain http and ws.
 */
class ExcelTaskPaneIT {

    /** The stand-in's fixed port: the IT server's server.env points the task pane at it. */
    private static final int STANDIN_PORT = 19391;

    private static final ItUsers users = new ItUsers();
    private static final String ANA = "ana";
    private static final String QUESTION = "Raise the discount rate to 9%";

    /** The IT server's https address (Liberty's https port, certificate generated at first start). */
    private static final String HTTPS_BASE = System.getProperty("gridvault.it.httpsBaseUri", "https://localhost:19443");

    private static HttpServer standin;
    private static WireMockServer llm;
    private static String workspaceId;
    private static String serverKeyPin;

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
        OpenAiStub.answerWith(
                llm,
                """
                {"answer":"A 9% discount rate is in line with the peer group's WACC.",
                 "actions":[{"kind":"WRITE_VALUES","sheet":"DCF","target":"C5",
                   "description":"Set the discount rate (WACC) to 9%","cells":[{"address":"C5","value":0.09}]}]}""");

        users.create(ANA);
        String orgId = users.organization(ANA, "Excel " + users.suffix());
        workspaceId = users.workspace(ANA, orgId, "Valuation " + users.suffix());
        OpenAiStub.register(users.as(ANA), orgId, llm, "sk-test");
        setLevel(1);

        // Debian's driver and browser, named explicitly: Selenium Manager never needs to look for (or download) either.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        serverKeyPin = serverKeyPin();
    }

    /**
     * The SHA-256 of the IT server's public key (its SubjectPublicKeyInfo), read from the keystore
     * Liberty generated at first start (config/liberty/server.xml), for Chromium's
     * --ignore-certificate-errors-spki-list: the browser then trusts that one self-signed
     * certificate, and every other certificate error still fails the page.
     */
    private static String serverKeyPin() {
        Path keystore =
                Path.of(System.getProperty("gridvault.it.home", "target/it-home"), "data", "tls", "gridvault.p12");
        assertThat(keystore)
                .as("the IT server generated its TLS keystore at start")
                .exists();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "gridvault-self-signed".toCharArray());
            byte[] spki = store.getCertificate("default").getPublicKey().getEncoded();
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("cannot read the IT server's certificate from " + keystore, e);
        }
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
                "--window-size=420,1000",
                // Trust the IT server's self-signed certificate, and only it (honoured with chromedriver's own
                // --user-data-dir).
                "--ignore-certificate-errors-spki-list=" + serverKeyPin);
        // The pane loads in about a second; a stalled load (once seen on HTTP/2: four scripts held 305 s) fails fast.
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        // The performance log carries the DevTools network events, among them each WebSocket's URL.
        options.setCapability(
                "goog:loggingPrefs",
                Map.of(LogType.BROWSER, Level.ALL.getName(), LogType.PERFORMANCE, Level.ALL.getName()));
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
        assertThat(manifest.header("X-Frame-Options"))
                .as("only the task pane page itself may be framed")
                .isEqualTo("DENY");

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
    void atLevelOneOverHttpsAProposalIsPreviewedWrittenOnlyWhenApprovedUndoneAndRedone() {
        setLevel(1);
        openSession(HTTPS_BASE);
        assertThat(standin("window.location.protocol")).isEqualTo("https:");
        assertThat(webSocketUrls())
                .as("the task pane's hub connection is wss on the https port")
                .isNotEmpty()
                .allMatch(url -> url.startsWith(HTTPS_BASE.replaceFirst("^https:", "wss:") + "/ws?token="));

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

        assertThat(proposal.getAttribute("data-settled")).isEqualTo("Applied");
        String proposalId = proposal.getAttribute("data-action-id");

        browser.findElement(By.id("undo")).click();
        wait.until(b -> Double.valueOf(0.08).equals(cellValue("C5")));
        assertThat(writes())
                .hasSize(2)
                .last()
                .isEqualTo(Map.of("sheet", "DCF", "address", "C5", "property", "values", "value", 0.08));
        wait.until(ExpectedConditions.attributeContains(By.id("redo"), "title", "1 change(s) to redo"));
        assertThat(browser.findElement(By.id("undo")).isEnabled()).isFalse();
        assertThat(proposal.getAttribute("data-settled"))
                .as("the undo came under a new id; the card of the change it reverted says so")
                .isEqualTo("Undone");
        List<WebElement> changes = browser.findElements(By.cssSelector("#applied li"));
        assertThat(changes).extracting(li -> li.getAttribute("data-reason")).containsExactly("undo", "approved");
        assertThat(changes.get(0).getAttribute("data-action-id")).isNotEqualTo(proposalId);
        assertThat(changes.get(0).getText()).startsWith("✓ Undone: Set the discount rate");

        browser.findElement(By.id("redo")).click();
        wait.until(b -> Double.valueOf(0.09).equals(cellValue("C5")));
        wait.until(ExpectedConditions.attributeToBe(proposal, "data-settled", "Redone"));
        assertThat(writes()).hasSize(3);
        wait.until(ExpectedConditions.attributeContains(By.id("undo"), "title", "1 change(s) to undo"));
        assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
        screenshot("level-1");
        assertNoConsoleErrors();
    }

    @Test
    void atLevelOneAModelRunReadsTheLiveInputsAndWritesItsResultsOnlyWhenApproved() {
        setLevel(1);
        openSession(Api.BASE);
        // Black-Scholes inputs (Hull, Example 15.6) on a new sheet, sent with the next snapshot.
        String[][] inputs = {
            {"type", "CALL"},
            {"spot", "50"},
            {"strike", "40"},
            {"timeToExpiry", "0.5"},
            {"volatility", "0.2"},
            {"rate", "0.1"},
            {"dividendYield", "0"}
        };
        for (int i = 0; i < inputs.length; i++) {
            String value = inputs[i][1].matches("[0-9.]+") ? inputs[i][1] : "'" + inputs[i][1] + "'";
            standin("__standin.type('Option', 'A" + (i + 1) + "', '" + inputs[i][0] + "')");
            standin("__standin.type('Option', 'B" + (i + 1) + "', " + value + ")");
        }
        String checked = text("#model-type");
        browser.findElement(By.id("recheck")).click();
        wait.until(b -> !text("#model-type").equals(checked));
        // Since that snapshot the analyst changed the spot to 42: the run must use the live value.
        standin("__standin.type('Option', 'B2', 42)");

        browser.findElement(By.cssSelector("#model-panel > summary")).click();
        wait.until(b -> !text("#model-note").startsWith("Loading"));
        // The model catalog is readable by every signed-in user: the analyst picks from it.
        assertThat(text("#model-note")).doesNotContain("could not be loaded");
        assertThat(browser.findElements(By.cssSelector("#model-list option")).stream()
                        .map(o -> o.getAttribute("value")))
                .contains("derivatives.black-scholes");
        standin("__standin.select('Option', 'A1:B7')");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("model-inputs"), "Option!A1:B7"));
        assertThat(browser.findElement(By.id("model-output")).getAttribute("value"))
                .as("two columns right of the inputs")
                .isEqualTo("C1");
        browser.findElement(By.id("model-id")).sendKeys("derivatives.black-scholes");
        WebElement output = browser.findElement(By.id("model-output"));
        output.clear();
        output.sendKeys("D1");
        browser.findElement(By.id("model-run")).click();

        WebElement proposal = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".proposal[data-outcome='ASK']")));
        List<List<String>> rows = previewRows(proposal);
        assertThat(rows).allMatch(row -> row.get(0).matches("[DE][0-9]+"));
        String priceRow = rows.stream()
                .filter(row -> row.get(2).equals("price"))
                .map(row -> row.get(0).substring(1))
                .findFirst()
                .orElseThrow();
        double previewed = rows.stream()
                .filter(row -> row.get(0).equals("E" + priceRow))
                .mapToDouble(row -> Double.parseDouble(row.get(2)))
                .findFirst()
                .orElseThrow();
        // Hull, Options, Futures and Other Derivatives, Example 15.6: c = 4.76 (the stale spot of 50 gives 11.0).
        assertThat(previewed).isCloseTo(4.76, org.assertj.core.data.Offset.offset(0.005));
        assertThat(writes())
                .as("nothing is written before the analyst approves")
                .isEmpty();

        proposal.findElement(By.cssSelector("button.apply")).click();
        wait.until(ExpectedConditions.attributeToBe(proposal, "data-settled", "Applied"));
        List<Map<String, Object>> written = writes();
        assertThat(written)
                .as("exactly the previewed cells, on the results sheet")
                .extracting(w -> w.get("address"))
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(row -> (Object) row.get(0)).toList());
        assertThat(written).allMatch(w -> "Option".equals(w.get("sheet")) && "values".equals(w.get("property")));
        Object price = standin("__standin.cell('Option', 'E" + priceRow + "').value");
        assertThat(((Number) price).doubleValue()).isCloseTo(4.76, org.assertj.core.data.Offset.offset(0.005));
        assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
        screenshot("model-run");
        assertNoConsoleErrors();
    }

    @Test
    void atLevelZeroNothingIsEverWrittenAndNothingCanBeApplied() {
        setLevel(0);
        openSession(Api.BASE);
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

    private void openSession(String base) {
        openBrowser();
        browser.get(base + "/addin/taskpane.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(users.username(ANA));
        browser.findElement(By.id("password")).sendKeys(ItUsers.PASSWORD);
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

    /** The URL of every WebSocket the page opened, from the DevTools events in the performance log. */
    private List<String> webSocketUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            try (JsonReader reader = Json.createReader(new StringReader(entry.getMessage()))) {
                JsonObject message = reader.readObject().getJsonObject("message");
                if ("Network.webSocketCreated".equals(message.getString("method", ""))) {
                    urls.add(message.getJsonObject("params").getString("url"));
                }
            }
        }
        return urls;
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
            Files.write(
                    Path.of("target", "ExcelTaskPaneIT-" + name + ".png"),
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
        users.as(ANA)
                .body(Map.of("level", level))
                .put("/api/v1/workspaces/" + workspaceId + "/plugins/excel-bridge/settings")
                .then()
                .statusCode(200);
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
