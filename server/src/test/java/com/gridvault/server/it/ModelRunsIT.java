package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stored, re-runnable model runs per workspace, on the bundled derivatives pack. */
class ModelRunsIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    // Hull, Options, Futures and Other Derivatives, Example 15.6: S=42, K=40, r=10%, sigma=20%, T=0.5 -> call 4.76.
    private static final Map<String, Object> HULL_15_6 = Map.of(
            "type",
            "CALL",
            "spot",
            42.0,
            "strike",
            40.0,
            "timeToExpiry",
            0.5,
            "volatility",
            0.2,
            "rate",
            0.1,
            "dividendYield",
            0.0);

    private static String workspace;

    @BeforeAll
    static void workspaceWithAnalystAndViewer() {
        for (String name : new String[] {"quinn", "vera", "otto"}) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        String org = as("quinn")
                .body(Map.of("name", "Desk " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("quinn")
                .body(Map.of("username", "vera-" + SUFFIX, "role", "VIEWER"))
                .post("/api/v1/orgs/" + org + "/members")
                .then()
                .statusCode(201);
        workspace = as("quinn")
                .body(Map.of("name", "options"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aRunIsStoredWithItsInputsAndVersionsAndReplaysIdentically() {
        String runId = as("quinn")
                .body(HULL_15_6)
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(201)
                .body("output.price", isHullPrice())
                .body("input.spot", equalTo(42.0f))
                .body("pluginId", equalTo("models-derivatives"))
                .extract()
                .path("id");

        as("vera")
                .get("/api/v1/model-runs/" + runId)
                .then()
                .statusCode(200)
                .body("modelId", equalTo("derivatives.black-scholes"))
                .body("input.strike", equalTo(40.0f))
                .body("output.price", isHullPrice());
        as("quinn")
                .post("/api/v1/model-runs/" + runId + "/replay")
                .then()
                .statusCode(200)
                .body("identical", equalTo(true));
        as("quinn")
                .get(runs("derivatives.black-scholes"))
                .then()
                .statusCode(200)
                .body("items.id", hasItem(runId));
    }

    @Test
    void invalidInputIsRejectedAndNothingIsStored() {
        int before = as("quinn")
                .get(runs("derivatives.black-scholes"))
                .then()
                .extract()
                .path("items.size()");
        Map<String, Object> bad = new java.util.HashMap<>(HULL_15_6);
        bad.put("volatility", -0.2);
        bad.put("timeToExpiry", 0);
        as("quinn")
                .body(bad)
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("volatility"))
                .body("errors.field", hasItem("timeToExpiry"));
        as("quinn")
                .body("{\"type\":\"CALL\",\"spot\":\"NaN\"}")
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(400);
        as("quinn").get(runs("derivatives.black-scholes")).then().body("items.size()", equalTo(before));
    }

    @Test
    void barsCanComeFromAnOhlcvCsvFile() {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        double previous = 100;
        for (int i = 0; i < 120; i++) {
            double close = 100 + 10 * Math.sin(i / 8.0) + i * 0.1;
            csv.append(java.time.LocalDate.of(2024, 1, 1).plusDays(i))
                    .append(',')
                    .append(previous)
                    .append(',')
                    .append(Math.max(previous, close) + 0.5)
                    .append(',')
                    .append(Math.min(previous, close) - 0.5)
                    .append(',')
                    .append(close)
                    .append(",1000\n");
            previous = close;
        }
        String strategy = "{\"strategy\":{\"type\":\"SMA_CROSSOVER\",\"parameters\":{\"fast\":5,\"slow\":20}}}";
        multipart("quinn")
                .multiPart("input", "input.json", strategy.getBytes(), "application/json")
                .multiPart("bars", "bars.csv", csv.toString().getBytes(), "text/csv")
                .post(runs("quant.backtest"))
                .then()
                .statusCode(201)
                .body("input.bars.size()", equalTo(120))
                .body("input.bars[0].time", equalTo("2024-01-01T00:00:00Z"))
                .body("output", org.hamcrest.Matchers.notNullValue());

        String broken =
                "time,open,high,low,close\n2024-01-01,1,2,0.5,1.5\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1,2,0.5,abc\n";
        multipart("quinn")
                .multiPart("input", "input.json", strategy.getBytes(), "application/json")
                .multiPart("bars", "bars.csv", broken.getBytes(), "text/csv")
                .post(runs("quant.backtest"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("bars[2].close"));
        multipart("quinn")
                .multiPart("bars", "bars.csv", "when,price\n2024-01-01,1\n".getBytes(), "text/csv")
                .post(runs("quant.backtest"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("bars"));
    }

    private static RequestSpecification multipart(String name) {
        return given().baseUri(Api.BASE).auth().preemptive().basic(name + "-" + SUFFIX, PASSWORD);
    }

    @Test
    void viewersCannotRunAndOtherTenantsCannotSee() {
        as("vera")
                .body(HULL_15_6)
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(403);
        String runId = as("quinn")
                .body(HULL_15_6)
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("otto").get("/api/v1/model-runs/" + runId).then().statusCode(404);
        as("otto").post("/api/v1/model-runs/" + runId + "/replay").then().statusCode(404);
        as("otto")
                .body(HULL_15_6)
                .post(runs("derivatives.black-scholes"))
                .then()
                .statusCode(404);
        as("quinn").body(HULL_15_6).post(runs("no.such-model")).then().statusCode(404);
    }

    @Test
    void aMonteCarloTooLargeForOneRequestRunsAsAJobAndIsStoredUnderTheJobId() {
        // 1,000,000 paths x 100 steps = 1e8 increments, above the 5e7 allowed inside a request
        Map<String, Object> input = new java.util.HashMap<>(HULL_15_6);
        input.putAll(Map.of("payoff", "EUROPEAN", "paths", 1_000_000, "steps", 100, "seed", 7, "antithetic", true));
        var accepted = as("quinn")
                .body(input)
                .post(runs("derivatives.monte-carlo"))
                .then()
                .statusCode(202)
                .body("kind", org.hamcrest.Matchers.equalTo("model.run"))
                .extract()
                .jsonPath();
        String jobId = accepted.getString("id");
        var job = Api.awaitJob("quinn-" + SUFFIX, PASSWORD, jobId);
        org.assertj.core.api.Assertions.assertThat(job.getString("status"))
                .as(job.prettify())
                .isEqualTo("SUCCEEDED");
        var run = as("quinn")
                .get("/api/v1/model-runs/" + jobId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(run.getString("modelId")).isEqualTo("derivatives.monte-carlo");
        // Hull's 4.76 for the European call lies within a few standard errors of the estimate
        double price = run.getDouble("output.price");
        double se = run.getDouble("output.standardError");
        org.assertj.core.api.Assertions.assertThat(Math.abs(price - 4.76)).isLessThan(4 * se + 0.005);
        as("vera").get("/api/v1/jobs/" + jobId).then().statusCode(200);
        as("otto").get("/api/v1/jobs/" + jobId).then().statusCode(404);
    }

    /** Hull's 4.76, to the cent; the number arrives as a float or a double depending on the JSON reader. */
    private static org.hamcrest.Matcher<Object> isHullPrice() {
        return new org.hamcrest.CustomTypeSafeMatcher<>("a price within 0.005 of 4.76") {
            @Override
            protected boolean matchesSafely(Object value) {
                return value instanceof Number n && Math.abs(n.doubleValue() - 4.76) <= 0.005;
            }
        };
    }

    private static String runs(String modelId) {
        return "/api/v1/workspaces/" + workspace + "/models/" + modelId + "/runs";
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }
}
