package com.gridvault.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Excel bridge over the real-time hub on the real server, with the bundled excel-bridge plugin:
 * hello into a workspace (and not into another tenant's), snapshot checks, selection context, a
 * question answered by an OpenAI-compatible endpoint (WireMock speaking its wire format) with
 * proposals decided by the workspace's autonomy level, approve/apply/record/undo with the audit
 * trail, a model pack run from a range, and bad input that leaves the connection (or at least the
 * server and other sessions) working.
 */
class ExcelBridgeIT {

    private static final ItUsers USERS = new ItUsers();
    private static final String SUFFIX = USERS.suffix();

    private static WireMockServer llm;
    private static String orgId;
    private static String workspace;
    private static String foreignWorkspace;

    @BeforeAll
    static void setUp() {
        llm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        llm.start();
        USERS.create("xena", "xavi", "yuri");
        orgId = USERS.organization("xena", "Excel " + SUFFIX);
        USERS.addMember("xena", orgId, "xavi", "VIEWER");
        workspace = USERS.workspace("xena", orgId, "Models");
        foreignWorkspace = USERS.workspace("yuri", USERS.organization("yuri", "Other " + SUFFIX), "Theirs");
        OpenAiStub.register(as("xena"), orgId, llm, "sk-" + SUFFIX);
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @Test
    void helloOpensOnlyYourOwnWorkspaceAndNothingBeforeIt() throws Exception {
        setLevel(1);
        try (Session s = Session.open("xena")) {
            JsonObject early = s.request("excel.workbook.snapshot", snapshot("wb-1", "0.08"));
            assertThat(code(early)).isEqualTo("NOT_NEGOTIATED");

            JsonObject foreign = s.request("excel.hello", hello(foreignWorkspace, "wb-1"));
            JsonObject unknown =
                    s.request("excel.hello", hello(UUID.randomUUID().toString(), "wb-1"));
            assertThat(code(foreign)).isEqualTo("NO_SUCH_WORKSPACE");
            assertThat(unknown.getJsonObject("payload")).isEqualTo(foreign.getJsonObject("payload"));

            JsonObject old = s.request(
                    "excel.hello",
                    Json.createObjectBuilder(hello(workspace, "wb-1"))
                            .add("protocolVersions", Json.createArrayBuilder().add(99))
                            .build());
            assertThat(code(old)).isEqualTo("UNSUPPORTED_VERSION");

            JsonObject ack = s.request("excel.hello", hello(workspace, "wb-1"));
            assertThat(ack.getString("type")).isEqualTo("excel.hello.ack");
            assertThat(ack.getJsonObject("payload").getInt("protocolVersion")).isEqualTo(1);
            assertThat(ack.getJsonObject("payload").getInt("autonomyLevel")).isEqualTo(1);
            assertThat(ack.getJsonObject("payload").getJsonObject("limits").getInt("maxCells"))
                    .isEqualTo(200_000);
        }
    }

    @Test
    void askApproveApplyAndUndoAtLevelOneWithTheAuditTrail() throws Exception {
        setLevel(1);
        String workbook = "wb-ask-" + SUFFIX;
        answerWith(
                """
                {"answer":"Use a 9% discount rate.","actions":[{"kind":"WRITE_VALUES","sheet":"DCF","target":"C5",\
                "description":"set the discount rate","cells":[{"address":"C5","value":0.09}]}]}""");
        try (Session s = Session.open("xena")) {
            s.request("excel.hello", hello(workspace, workbook));
            JsonObject report = s.request("excel.workbook.snapshot", snapshot(workbook, "0.08"));
            assertThat(report.getString("type")).isEqualTo("excel.check.report");
            assertThat(report.getJsonObject("payload").getString("modelType")).isEqualTo("DCF");
            assertThat(report.getJsonObject("payload").getJsonArray("findings").toString())
                    .as("the hard-coded 1.1 inside C7's formula")
                    .contains("HARD_CODED_NUMBER");

            JsonObject context = s.request(
                    "excel.selection.changed",
                    Json.createObjectBuilder()
                            .add("sheet", "DCF")
                            .add("range", "C5:C7")
                            .build());
            assertThat(context.getJsonObject("payload").getInt("cells")).isEqualTo(3);
            assertThat(context.getJsonObject("payload").getInt("formulas")).isEqualTo(1);

            JsonObject proposed = s.request(
                    "excel.ask",
                    Json.createObjectBuilder()
                            .add("question", "What discount rate should C5 hold?")
                            .build());
            assertThat(proposed.getString("type")).isEqualTo("excel.actions.propose");
            JsonObject proposal =
                    proposed.getJsonObject("payload").getJsonArray("proposals").getJsonObject(0);
            assertThat(proposal.getJsonObject("decision").getString("outcome")).isEqualTo("ASK");
            JsonObject change =
                    proposal.getJsonObject("action").getJsonArray("changes").getJsonObject(0);
            assertThat(change.getString("address")).isEqualTo("C5");
            assertThat(change.getJsonObject("before").getJsonNumber("value").doubleValue())
                    .isEqualTo(0.08);
            assertThat(change.getJsonObject("after").getJsonNumber("value").doubleValue())
                    .isEqualTo(0.09);
            List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent =
                    llm.findAll(postRequestedFor(urlEqualTo(OpenAiStub.COMPLETIONS)));
            String prompt = sent.get(sent.size() - 1).getBodyAsString();
            assertThat(prompt).contains("Discount rate").contains("C7 |").contains("What discount rate");
            assertThat(s.received("excel.actions.apply"))
                    .as("nothing is written before approval")
                    .isEmpty();

            String actionId = proposal.getJsonObject("action").getString("id");
            JsonObject apply = s.request(
                    "excel.actions.approve",
                    Json.createObjectBuilder().add("actionId", actionId).build());
            assertThat(apply.getString("type")).isEqualTo("excel.actions.apply");
            assertThat(apply.getJsonObject("payload").getString("reason")).isEqualTo("approved");
            JsonObject recorded = s.request("excel.actions.result", result(actionId, "APPLIED"));
            assertThat(recorded.getJsonObject("payload").getInt("undoDepth")).isEqualTo(1);
            JsonObject again = s.request(
                    "excel.actions.approve",
                    Json.createObjectBuilder().add("actionId", actionId).build());
            assertThat(code(again)).isEqualTo("UNKNOWN_ACTION");

            JsonObject undo = s.request(
                    "excel.undo",
                    Json.createObjectBuilder().add("workbookId", workbook).build());
            assertThat(undo.getJsonObject("payload").getString("reason")).isEqualTo("undo");
            JsonObject restore = undo.getJsonObject("payload")
                    .getJsonObject("action")
                    .getJsonArray("changes")
                    .getJsonObject(0);
            assertThat(restore.getJsonObject("after").getJsonNumber("value").doubleValue())
                    .isEqualTo(0.08);
            JsonObject undone = s.request(
                    "excel.actions.result", result(undo.getJsonObject("payload").getString("actionId"), "APPLIED"));
            assertThat(undone.getJsonObject("payload").getInt("undoDepth")).isZero();
            assertThat(undone.getJsonObject("payload").getInt("redoDepth")).isEqualTo(1);
        }
        String audit = as("xena")
                .get("/api/v1/orgs/" + orgId + "/audit?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(audit)
                .contains("excel.change.applied")
                .contains("excel.change.undone")
                .contains("What discount rate should C5 hold?")
                .contains(workbook);
    }

    @Test
    void undoHistorySurvivesAReconnectOfTheTaskPane() throws Exception {
        setLevel(3);
        String workbook = "wb-reconnect-" + SUFFIX;
        answerWith(
                """
                {"answer":"Added a label.","actions":[{"kind":"WRITE_VALUES","sheet":"DCF","target":"E2",\
                "description":"label","cells":[{"address":"E2","value":"Checked"}]}]}""");
        try (Session s = Session.open("xena")) {
            s.request("excel.hello", hello(workspace, workbook));
            s.request("excel.workbook.snapshot", snapshot(workbook, "0.08"));
            JsonObject proposed = s.request(
                    "excel.ask",
                    Json.createObjectBuilder().add("question", "label it").build());
            JsonObject proposal =
                    proposed.getJsonObject("payload").getJsonArray("proposals").getJsonObject(0);
            assertThat(proposal.getJsonObject("decision").getString("outcome"))
                    .as("level 3, an empty cell")
                    .isEqualTo("APPLY_AUTOMATICALLY");
            JsonObject automatic = s.next("excel.actions.apply");
            assertThat(automatic.containsKey("replyTo")).isFalse();
            assertThat(automatic.getJsonObject("payload").getString("reason")).isEqualTo("automatic");
            s.request(
                    "excel.actions.result",
                    result(automatic.getJsonObject("payload").getString("actionId"), "APPLIED"));
        }
        try (Session s = Session.open("xena")) {
            s.request("excel.hello", hello(workspace, workbook));
            JsonObject undo = s.request(
                    "excel.undo",
                    Json.createObjectBuilder().add("workbookId", workbook).build());
            assertThat(undo.getString("type")).isEqualTo("excel.actions.apply");
            JsonObject failed = s.request(
                    "excel.actions.result", result(undo.getJsonObject("payload").getString("actionId"), "FAILED"));
            assertThat(failed.getJsonObject("payload").getInt("undoDepth"))
                    .as("a failed undo stays undoable")
                    .isEqualTo(1);
        }
    }

    @Test
    void levelZeroNeverWritesAndViewersCannotApprove() throws Exception {
        setLevel(0);
        answerWith(
                """
                {"answer":"Format as percent.","actions":[{"kind":"FORMAT","sheet":"DCF","target":"C5",\
                "description":"percent","cells":[{"address":"C5","numberFormat":"0.0%"}]}]}""");
        for (String user : List.of("xena", "xavi")) {
            String workbook = "wb-zero-" + user + "-" + SUFFIX;
            try (Session s = Session.open(user)) {
                JsonObject ack = s.request("excel.hello", hello(workspace, workbook));
                assertThat(ack.getJsonObject("payload").getBoolean("mayWrite")).isEqualTo(user.equals("xena"));
                s.request("excel.workbook.snapshot", snapshot(workbook, "0.08"));
                JsonObject proposed = s.request(
                        "excel.ask",
                        Json.createObjectBuilder().add("question", "format").build());
                if (user.equals("xavi")) {
                    // A viewer may read the workbook's checks but not use the organization's AI.
                    assertThat(code(proposed)).isEqualTo("AI_UNAVAILABLE");
                    assertThat(proposed.getJsonObject("payload").getString("message"))
                            .contains("ai:use");
                } else {
                    JsonObject proposal = proposed.getJsonObject("payload")
                            .getJsonArray("proposals")
                            .getJsonObject(0);
                    assertThat(proposal.getJsonObject("decision").getString("outcome"))
                            .isEqualTo("REFUSE");
                    JsonObject refused = s.request(
                            "excel.actions.approve",
                            Json.createObjectBuilder()
                                    .add(
                                            "actionId",
                                            proposal.getJsonObject("action").getString("id"))
                                    .build());
                    assertThat(code(refused)).isEqualTo("ACTION_REFUSED");
                }
                JsonObject undo = s.request(
                        "excel.undo",
                        Json.createObjectBuilder().add("workbookId", workbook).build());
                assertThat(code(undo)).isEqualTo(user.equals("xena") ? "NOTHING_TO_UNDO" : "ACTION_REFUSED");
                assertThat(s.received("excel.actions.apply"))
                        .as("level 0 never writes")
                        .isEmpty();
            }
        }
    }

    @Test
    void aModelRunReadsItsInputsFromTheLiveRangeAndProposesTheResults() throws Exception {
        setLevel(1);
        String workbook = "wb-model-" + SUFFIX;
        try (Session s = Session.open("xena")) {
            s.request("excel.hello", hello(workspace, workbook));
            // The snapshot is stale: the analyst has since changed the spot from 50 to 42.
            s.request("excel.workbook.snapshot", workbook(workbook, "Option", optionInputs(50)));
            String run = s.post("excel.model.run", blackScholesFrom("A1:B7"));
            JsonObject read = s.nth("excel.range.read", 0).getJsonObject("payload");
            assertThat(read.getString("sheet")).isEqualTo("Option");
            assertThat(read.getString("range")).isEqualTo("A1:B7");
            s.post("excel.range.data", rangeData(read, optionInputs(42)));

            JsonObject proposed = s.answerTo(run);
            assertThat(proposed.getString("type")).as(proposed.toString()).isEqualTo("excel.actions.propose");
            JsonObject action = proposed.getJsonObject("payload")
                    .getJsonArray("proposals")
                    .getJsonObject(0)
                    .getJsonObject("action");
            Map<String, JsonValue> after = new java.util.HashMap<>();
            for (JsonValue c : action.getJsonArray("changes")) {
                after.put(
                        c.asJsonObject().getString("address"),
                        c.asJsonObject().getJsonObject("after").get("value"));
            }
            String priceRow = after.entrySet().stream()
                    .filter(e -> e.getValue().toString().equals("\"price\""))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
            double price = ((jakarta.json.JsonNumber) after.get("E" + priceRow.substring(1))).doubleValue();
            // Hull, Options, Futures and Other Derivatives, Example 15.6: c = 4.76 (the spot of 50 gives 11.0).
            assertThat(price).isCloseTo(4.76, org.assertj.core.data.Offset.offset(0.005));

            String bad = s.post("excel.model.run", blackScholesFrom("A1:B2"));
            JsonObject badRead = s.nth("excel.range.read", 1).getJsonObject("payload");
            JsonObject[] inputs = optionInputs(42);
            s.post("excel.range.data", rangeData(badRead, inputs[0], inputs[1], inputs[2], inputs[3]));
            assertThat(code(s.answerTo(bad))).isEqualTo("MODEL_FAILED");

            JsonObject stray = s.request(
                    "excel.range.data",
                    Json.createObjectBuilder()
                            .add("requestId", read.getString("requestId"))
                            .add("sheet", "Option")
                            .add("range", "A1:B7")
                            .add("cells", Json.createArrayBuilder())
                            .build());
            assertThat(code(stray)).as("answered already").isEqualTo("UNKNOWN_REQUEST");
        }
    }

    @Test
    void badInputGetsAProtocolErrorAndAHugeSnapshotClosesOnlyItsOwnConnection() throws Exception {
        try (Session bystander = Session.open("xena");
                Session s = Session.open("xena")) {
            bystander.request("excel.hello", hello(workspace, "wb-bystander"));
            s.request("excel.hello", hello(workspace, "wb-bad"));
            JsonObject noCells = s.request(
                    "excel.workbook.snapshot",
                    Json.createObjectBuilder()
                            .add("workbookId", "wb-bad")
                            .add(
                                    "sheets",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("name", "S")
                                                    .add("cells", "not a list")))
                            .build());
            assertThat(code(noCells)).isEqualTo("INVALID_PAYLOAD");
            assertThat(noCells.getJsonObject("payload").toString()).contains("sheets");
            JsonObject unknown = s.request("excel.teleport", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(code(unknown)).isEqualTo("UNKNOWN_TYPE");
            JsonObject empty = s.request(
                    "excel.ask", Json.createObjectBuilder().add("question", "").build());
            assertThat(code(empty)).as("the question is checked first").isEqualTo("INVALID_PAYLOAD");

            StringBuilder huge = new StringBuilder("{\"v\":1,\"type\":\"excel.workbook.snapshot\",\"id\":\"big\","
                    + "\"payload\":{\"workbookId\":\"wb-bad\",\"sheets\":[{\"name\":\"S\",\"cells\":[");
            for (int i = 1; i <= 1_000_000; i++) {
                huge.append(i == 1 ? "" : ",")
                        .append("{\"address\":\"A")
                        .append(i)
                        .append("\",\"value\":1}");
                if (huge.length() > 3_000_000) {
                    break;
                }
            }
            huge.append("]}]}}");
            s.client().send(huge.toString());
            assertThat(s.client().closeCode()).as("message too big").isEqualTo(1009);

            JsonObject stillThere = bystander.request(
                    "excel.selection.changed",
                    Json.createObjectBuilder()
                            .add("sheet", "DCF")
                            .add("range", "A1")
                            .build());
            assertThat(code(stillThere)).isEqualTo("NO_SNAPSHOT");
        }
    }

    @Test
    void autonomySettingsAreAdminOnlyCheckedByThePluginAndTenantScoped() {
        as("xavi").body(Map.of("level", 3)).put(settingsPath(workspace)).then().statusCode(403);
        as("xena")
                .body(Map.of("level", 7, "overrides", Map.of("PAINT", 1)))
                .put(settingsPath(workspace))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("level", "overrides.PAINT"));
        as("xena")
                .body(Map.of("level", 2, "overrides", Map.of("WRITE_FORMULAS", 1)))
                .put(settingsPath(workspace))
                .then()
                .statusCode(200)
                .body("maxCellsPerChange", equalTo(500));
        as("xavi")
                .get(settingsPath(workspace))
                .then()
                .statusCode(200)
                .body("level", equalTo(2))
                .body("overrides.WRITE_FORMULAS", equalTo(1));
        as("yuri").get(settingsPath(workspace)).then().statusCode(404);
        as("yuri").body(Map.of("level", 3)).put(settingsPath(workspace)).then().statusCode(404);
        as("xena")
                .get("/api/v1/workspaces/" + workspace + "/plugins/no-such-plugin/settings")
                .then()
                .statusCode(404)
                .body("detail", containsString("no-such-plugin"));
    }

    // --- helpers ---

    private static void setLevel(int level) {
        as("xena")
                .body(Map.of("level", level))
                .put(settingsPath(workspace))
                .then()
                .statusCode(200);
    }

    private static String settingsPath(String ws) {
        return "/api/v1/workspaces/" + ws + "/plugins/excel-bridge/settings";
    }

    private static void answerWith(String content) {
        OpenAiStub.answerWith(llm, content);
    }

    private static JsonObject hello(String ws, String workbook) {
        return Json.createObjectBuilder()
                .add("clientVersion", "0.1.0")
                .add("protocolVersions", Json.createArrayBuilder().add(1))
                .add("host", "ExcelBridgeIT")
                .add("workspaceId", ws)
                .add("workbookId", workbook)
                .build();
    }

    /** A small DCF: labels in column B, the discount rate in C5, a formula with a hard-coded 1.1 in C7. */
    private static JsonObject snapshot(String workbook, String rate) {
        return Json.createObjectBuilder(workbook(
                        workbook,
                        "DCF",
                        cell("B2", "Discounted cash flow"),
                        cell("B4", "Free cash flow"),
                        number("C4", 100),
                        cell("B5", "Discount rate (WACC)"),
                        number("C5", Double.parseDouble(rate)),
                        cell("B6", "Terminal growth"),
                        number("C6", 0.02),
                        cell("B7", "Terminal value"),
                        formula("C7", "C4*1.1/(C5-C6)"),
                        cell("B8", "Present value"),
                        formula("C8", "C7/(1+C5)^5")))
                .add(
                        "names",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "WACC")
                                        .add("refersTo", "DCF!$C$5")))
                .build();
    }

    /** Black-Scholes inputs as a label/value table in A1:B7 (Hull, Example 15.6 with a spot of 42). */
    private static JsonObject[] optionInputs(double spot) {
        return new JsonObject[] {
            cell("A1", "type"),
            cell("B1", "CALL"),
            cell("A2", "spot"),
            number("B2", spot),
            cell("A3", "strike"),
            number("B3", 40),
            cell("A4", "timeToExpiry"),
            number("B4", 0.5),
            cell("A5", "volatility"),
            number("B5", 0.2),
            cell("A6", "rate"),
            number("B6", 0.1),
            cell("A7", "dividendYield"),
            number("B7", 0)
        };
    }

    /** The task pane's answer to an {@code excel.range.read}: the cells it read. */
    private static JsonObject rangeData(JsonObject read, JsonObject... cells) {
        jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject cell : cells) {
            list.add(cell);
        }
        return Json.createObjectBuilder()
                .add("requestId", read.getString("requestId"))
                .add("sheet", read.getString("sheet"))
                .add("range", read.getString("range"))
                .add("cells", list)
                .build();
    }

    /** A snapshot of one sheet. */
    private static JsonObject workbook(String workbook, String sheet, JsonObject... cells) {
        jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject cell : cells) {
            list.add(cell);
        }
        return Json.createObjectBuilder()
                .add("workbookId", workbook)
                .add(
                        "sheets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", sheet)
                                        .add("cells", list)))
                .build();
    }

    private static JsonObject formula(String address, String formula) {
        return Json.createObjectBuilder()
                .add("address", address)
                .add("formula", formula)
                .build();
    }

    /** Runs Black-Scholes with the inputs in {@code Option!range}, results at {@code Option!D1}. */
    private static JsonObject blackScholesFrom(String range) {
        return Json.createObjectBuilder()
                .add("modelId", "derivatives.black-scholes")
                .add("inputs", Json.createObjectBuilder().add("sheet", "Option").add("range", range))
                .add("output", Json.createObjectBuilder().add("sheet", "Option").add("cell", "D1"))
                .build();
    }

    private static JsonObject cell(String address, String text) {
        return Json.createObjectBuilder()
                .add("address", address)
                .add("value", text)
                .build();
    }

    private static JsonObject number(String address, double value) {
        return Json.createObjectBuilder()
                .add("address", address)
                .add("value", value)
                .build();
    }

    private static JsonObject result(String actionId, String status) {
        return Json.createObjectBuilder()
                .add("actionId", actionId)
                .add("status", status)
                .build();
    }

    private static String code(JsonObject message) {
        assertThat(message.getString("type")).as(message.toString()).isIn("excel.error", "error");
        return message.getJsonObject("payload").getString("code");
    }

    private static RequestSpecification as(String name) {
        return USERS.as(name);
    }

    /** A task pane's connection: requests answered by replyTo, every message kept. */
    private static final class Session implements AutoCloseable {
        private final RealtimeHubIT.Client client;
        private final List<JsonObject> seen = new ArrayList<>();
        private int ids;

        private Session(RealtimeHubIT.Client client) {
            this.client = client;
        }

        static Session open(String user) throws Exception {
            String token = as(user).post("/api/v1/auth/ws-token")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("token");
            return new Session(RealtimeHubIT.Client.connect(token));
        }

        RealtimeHubIT.Client client() {
            return client;
        }

        JsonObject request(String type, JsonObject payload) throws Exception {
            return answerTo(post(type, payload));
        }

        /** Sends a message whose answer may come later (or never); returns its id. */
        String post(String type, JsonObject payload) throws Exception {
            String id = "c-" + (++ids);
            client.send(Json.createObjectBuilder()
                    .add("v", 1)
                    .add("type", type)
                    .add("id", id)
                    .add("payload", payload)
                    .build()
                    .toString());
            return id;
        }

        /** The {@code n}th (from 0) message of a type the server sent, waiting for it. */
        JsonObject nth(String type, int n) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received(type).size() <= n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + type + " #" + n);
                }
                seen.add(parse(client.next()));
            }
            return received(type).get(n);
        }

        JsonObject answerTo(String id) throws Exception {
            for (JsonObject m : seen) {
                if (id.equals(m.getString("replyTo", null))) {
                    return m;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                JsonObject m = parse(client.next());
                seen.add(m);
                if (id.equals(m.getString("replyTo", null))) {
                    return m;
                }
            }
            throw new AssertionError("no answer to " + id);
        }

        JsonObject next(String type) throws Exception {
            for (JsonObject m : seen) {
                if (type.equals(m.getString("type"))) {
                    return m;
                }
            }
            while (true) {
                JsonObject m = parse(client.next());
                seen.add(m);
                if (type.equals(m.getString("type"))) {
                    return m;
                }
            }
        }

        List<JsonObject> received(String type) {
            return seen.stream().filter(m -> type.equals(m.getString("type"))).toList();
        }

        private static JsonObject parse(String text) {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }

        @Override
        public void close() {
            try {
                client.close();
            } catch (RuntimeException alreadyClosed) {
                // the server closed it (1009 test)
            }
        }
    }
}
