package com.gridvault.ai.assistant.extract;

import static com.gridvault.ai.assistant.AssistantFixture.CTX;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.ai.assistant.AssistantFixture;
import com.gridvault.ai.assistant.context.ApproximateTokenCounter;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EntityExtractionTest {

    static final String ENTITIES =
            """
            {"companies": [{"name": "ACME Corp", "ticker": "ACME",  "confidence": 0.95,
                            "sentiment": {"label": "positive", "score": 0.6}}],
             "tickers": [{"symbol": "ACME", "exchange": "NYSE", "confidence": 0.9,
                          "sentiment": {"label": "positive", "score": 0.6}}],
             "people": [{"name": "Jane Roe", "role": "CFO", "organization": "ACME Corp", "confidence": 0.8,
                         "sentiment": {"label": "neutral", "score": 0.0}}],
             "metrics": [{"name": "Revenue guidance", "value": 4.2, "unit": "USD bn", "period": "FY2026",
                          "company": "ACME Corp", "confidence": 0.85, "sentiment": {"label": "positive", "score": 0.4}}]}""";

    private final AssistantFixture f = new AssistantFixture();

    @Test
    void extractsCompaniesTickersPeopleAndMetricsWithConfidenceAndSentiment() {
        f.connection.thenAnswer(ENTITIES);

        ExtractionResult result = new StructuredExtractor(
                        f.router(),
                        PromptTemplates.defaults(),
                        ApproximateTokenCounter.DEFAULT,
                        WindowLimits.of(16_000, 2_000))
                .extractEntities(
                        CTX, "ACME Corp (NYSE: ACME) CFO Jane Roe raised FY2026 revenue guidance to USD 4.2bn.");

        assertThat(result.valid()).isTrue();
        JsonNode root = JsonSchemaCheck.JSON.readTree(result.json());
        assertThat(root.get("companies").get(0).get("name").asString()).isEqualTo("ACME Corp");
        assertThat(root.get("tickers").get(0).get("symbol").asString()).isEqualTo("ACME");
        assertThat(root.get("people").get(0).get("role").asString()).isEqualTo("CFO");
        assertThat(root.get("metrics").get(0).get("value").asDouble()).isEqualTo(4.2);
        assertThat(root.get("metrics").get(0).get("sentiment").get("label").asString())
                .isEqualTo("positive");
        assertThat(f.connection.requests().get(0).responseFormat().name()).isEqualTo(EntityExtraction.SCHEMA_NAME);
    }

    @Test
    void confidenceAndSentimentOutOfRangeAreRejected() {
        JsonSchemaCheck check = new JsonSchemaCheck(EntityExtraction.schema());
        assertThat(check.check(ENTITIES).errors()).isEmpty();
        assertThat(check.check(ENTITIES.replace("0.95", "1.5")).errors())
                .anySatisfy(e -> assertThat(e).contains("/companies/0/confidence"));
        assertThat(check.check(ENTITIES.replace("\"score\": 0.0", "\"score\": -2"))
                        .errors())
                .hasSize(1);
        assertThat(check.check(ENTITIES.replace("\"neutral\"", "\"bullish\"")).errors())
                .isNotEmpty();
        assertThat(check.check(ENTITIES.replace("\"symbol\": \"ACME\"", "\"symbol\": \"acme corp\""))
                        .errors())
                .isNotEmpty();
    }
}
