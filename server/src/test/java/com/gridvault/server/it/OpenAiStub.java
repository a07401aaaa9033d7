package com.gridvault.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.util.Map;

/** What the REST tests need of an OpenAI-compatible endpoint: its wire format and its registration. */
final class OpenAiStub {

    /** The chat completions path under the stub's base URL. */
    static final String COMPLETIONS = "/v1/chat/completions";

    private OpenAiStub() {}

    /** A non-streaming {@code chat.completion} body answering {@code content}, as OpenAI sends it. */
    static String completion(String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-x")
                .add("object", "chat.completion")
                .add("created", 1)
                .add("model", "test-model")
                .add(
                        "choices",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("index", 0)
                                        .add(
                                                "message",
                                                Json.createObjectBuilder()
                                                        .add("role", "assistant")
                                                        .add("content", content))
                                        .add("finish_reason", "stop")))
                .add(
                        "usage",
                        Json.createObjectBuilder()
                                .add("prompt_tokens", 50)
                                .add("completion_tokens", 40)
                                .add("total_tokens", 90))
                .build()
                .toString();
    }

    /** Makes every chat completion answer {@code content}, replacing earlier stubs. */
    static void answerWith(WireMockServer llm, String content) {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion(content))));
    }

    /** Registers the stub as the organization's OpenAI-compatible endpoint (as an org admin). */
    static void register(RequestSpecification orgAdmin, String orgId, WireMockServer llm, String apiKey) {
        orgAdmin.body(Map.of(
                        "name",
                        "local-llm",
                        "providerId",
                        "openai-compatible",
                        "settings",
                        Map.of(
                                "variant",
                                "compatible",
                                "base-url",
                                llm.baseUrl() + "/v1",
                                "model",
                                "test-model",
                                "api-key",
                                apiKey)))
                .post("/api/v1/orgs/" + orgId + "/ai/providers")
                .then()
                .statusCode(201);
    }
}
