package com.gridvault.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance path: an analyst asks "What are Apple's main supply-chain risks?" over
 * Apple's uploaded 10-K and gets a streamed answer whose citations point at Item 1A, with the
 * answer served in Anthropic's Messages format (SSE events) after the primary OpenAI-compatible
 * endpoint is down (fallback; usage shows both), then in Gemini's generateContent format. The model
 * servers are real HTTP servers speaking the documented wire formats; the answer cites every source
 * number, so which sections are cited depends only on what retrieval put into the prompt.
 */
class FilingChatIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String QUESTION = "What are Apple's main supply-chain risks?";
    private static final String ANSWER = "Apple depends on outsourcing partners in Asia [1][2][3][4][5][6][7][8].";

    private static WireMockServer anthropic;
    private static WireMockServer gemini;
    private static String orgId;
    private static String workspace;
    private static String documentId;

    @BeforeAll
    static void filingAndEndpoints() throws Exception {
        anthropic = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        gemini = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        anthropic.start();
        gemini.start();
        for (String name : List.of("fiona", "arno")) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        orgId = as("fiona")
                .body(Map.of("name", "Equity research " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("fiona")
                .body(Map.of("username", "arno-" + SUFFIX, "role", "ANALYST"))
                .post("/api/v1/orgs/" + orgId + "/members")
                .then()
                .statusCode(201);
        workspace = as("fiona")
                .body(Map.of("name", "Apple"))
                .post("/api/v1/orgs/" + orgId + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Path filing = Path.of("../../shared/testdata/sec-filings/10-K/AAPL/0000320193-24-000123/primary-document.html");
        if (!Files.exists(filing)) {
            filing = Path.of("../shared/testdata/sec-filings/10-K/AAPL/0000320193-24-000123/primary-document.html");
        }
        JsonPath uploaded = given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("arno-" + SUFFIX, PASSWORD)
                .multiPart("file", "aapl-10-k-2024.htm", Files.readAllBytes(filing), "text/html")
                .post("/api/v1/workspaces/" + workspace + "/documents")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        documentId = uploaded.getString("id");
        assertThat(Api.awaitJob("arno-" + SUFFIX, PASSWORD, uploaded.getString("jobId"))
                        .getString("status"))
                .isEqualTo("SUCCEEDED");
    }

    @AfterAll
    static void stop() {
        anthropic.stop();
        gemini.stop();
    }

    @Test
    void aStreamedAnswerInAnthropicsFormatAfterThePrimaryIsDownCitesItem1A() {
        String dead = endpoint(
                "primary-vllm",
                "openai-compatible",
                Map.of(
                        "variant",
                        "compatible",
                        "base-url",
                        "http://127.0.0.1:9/v1",
                        "model",
                        "llama",
                        "connect-timeout",
                        "PT1S"));
        String claude = endpoint(
                "claude",
                "anthropic",
                Map.of("base-url", anthropic.baseUrl(), "model", "claude-sonnet-4-5", "api-key", "sk-ant-" + SUFFIX));
        route(dead, claude);
        anthropic.stubFor(post(urlEqualTo("/v1/messages"))
                .withRequestBody(containing("\"stream\":true"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(anthropicStream(
                                "Apple depends on outsourcing partners in Asia ", "[1][2][3][4][5][6][7][8]."))));

        String events = as("arno")
                .accept("text/event-stream")
                .body(Map.of("content", QUESTION))
                .post("/api/v1/conversations/" + conversation() + "/messages")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(events)
                .contains("event: delta")
                .contains("outsourcing partners")
                .contains("event: done");
        JsonPath done = JsonPath.from(doneData(events));
        assertThat(done.getString("content")).isEqualTo(ANSWER);
        assertThat(done.getString("providerConfigId")).isEqualTo(claude);
        assertThat(done.getList("citations.documentId")).isNotEmpty().containsOnly(documentId);
        assertThat(done.getList("citations.sectionId")).contains("1A");

        JsonPath usage = as("fiona")
                .get("/api/v1/orgs/" + orgId + "/ai/usage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(usage.getList("lines.configId")).contains(dead, claude);
        assertThat(usage.getList("lines.findAll { it.configId == '" + dead + "' }.failedCalls", Integer.class))
                .allMatch(n -> n > 0);
    }

    @Test
    void theSameQuestionAnsweredInGeminisFormatCitesItem1A() {
        String g = endpoint(
                "gemini",
                "gemini",
                Map.of("base-url", gemini.baseUrl(), "model", "gemini-2.5-flash", "api-key", "g-" + SUFFIX));
        route(g);
        gemini.stubFor(post(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + ANSWER
                                + "\"}]},\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":900,"
                                + "\"candidatesTokenCount\":20,\"totalTokenCount\":920}}")));

        JsonPath message = as("arno")
                .body(Map.of("content", QUESTION))
                .post("/api/v1/conversations/" + conversation() + "/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(message.getString("content")).isEqualTo(ANSWER);
        assertThat(message.getString("providerConfigId")).isEqualTo(g);
        assertThat(message.getList("citations.sectionId")).contains("1A");
        assertThat(message.getLong("promptTokens")).isEqualTo(900);
    }

    private static String doneData(String events) {
        int at = events.indexOf("event: done");
        int data = events.indexOf("data:", at);
        int end = events.indexOf('\n', data);
        return events.substring(data + 5, end < 0 ? events.length() : end).strip();
    }

    private static String anthropicStream(String... texts) {
        StringBuilder body = new StringBuilder();
        event(
                body,
                "message_start",
                "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                        + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-5\",\"stop_reason\":null,"
                        + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":850,\"output_tokens\":1}}}");
        event(
                body,
                "content_block_start",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        for (String text : texts) {
            event(
                    body,
                    "content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":0," + "\"delta\":{\"type\":\"text_delta\",\"text\":\""
                            + text + "\"}}");
        }
        event(body, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        event(
                body,
                "message_delta",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                        + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":18}}");
        event(body, "message_stop", "{\"type\":\"message_stop\"}");
        return body.toString();
    }

    private static void event(StringBuilder body, String type, String data) {
        body.append("event: ")
                .append(type)
                .append('\n')
                .append("data: ")
                .append(data)
                .append("\n\n");
    }

    private static String endpoint(String name, String providerId, Map<String, String> settings) {
        return as("fiona")
                .body(Map.of(
                        "name",
                        name,
                        "providerId",
                        providerId,
                        "settings",
                        settings,
                        "inputPricePerMillion",
                        3,
                        "outputPricePerMillion",
                        15))
                .post("/api/v1/orgs/" + orgId + "/ai/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void route(String... configIds) {
        as("fiona")
                .body(Map.of(
                        "chain",
                        java.util.Arrays.stream(configIds)
                                .map(id -> Map.of("providerConfigId", id))
                                .toList()))
                .put("/api/v1/orgs/" + orgId + "/ai/routing/chat")
                .then()
                .statusCode(200);
    }

    private static String conversation() {
        return as("arno")
                .body(Map.of())
                .post("/api/v1/workspaces/" + workspace + "/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }
}
