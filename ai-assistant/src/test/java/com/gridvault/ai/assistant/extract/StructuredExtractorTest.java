package com.gridvault.ai.assistant.extract;

import static com.gridvault.ai.assistant.AssistantFixture.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.ai.assistant.AssistantFixture;
import com.gridvault.ai.assistant.context.TokenCounter;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatRole;
import com.gridvault.plugin.api.ai.ResponseFormat;
import org.junit.jupiter.api.Test;

class StructuredExtractorTest {

    private static final String SCHEMA =
            """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object", "additionalProperties": false, "required": ["company", "revenue"],
             "properties": {"company": {"type": "string"}, "revenue": {"type": "number", "minimum": 0}}}""";

    private static final TokenCounter PER_CHAR = text -> text.length();

    private final AssistantFixture f = new AssistantFixture();

    private StructuredExtractor extractor(WindowLimits limits) {
        return new StructuredExtractor(f.router(), PromptTemplates.defaults(), PER_CHAR, limits);
    }

    @Test
    void aValidFirstReplyIsReturnedAfterOneCall() {
        f.connection.thenAnswer("```json\n{ \"company\": \"ACME\", \"revenue\": 4.2 }\n```");

        ExtractionResult result = extractor(WindowLimits.of(20_000, 500))
                .extract(CTX, SCHEMA, "Find the company and its revenue in USD bn.", "ACME made USD 4.2bn.");

        assertThat(result.valid()).isTrue();
        assertThat(result.json()).isEqualTo("{\"company\":\"ACME\",\"revenue\":4.2}");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.errors()).isEmpty();
        assertThat(result.documentTruncated()).isFalse();
        ChatRequest sent = f.connection.requests().get(0);
        assertThat(sent.responseFormat()).isEqualTo(ResponseFormat.jsonSchema("extraction", SCHEMA));
        assertThat(sent.messages().get(1).content())
                .contains("Find the company and its revenue in USD bn.")
                .contains("<document>\nACME made USD 4.2bn.\n</document>");
        assertThat(f.kinds()).containsExactly(TaskKind.EXTRACT);
    }

    @Test
    void anInvalidReplyIsRepairedOnceWithItsValidationErrors() {
        f.connection
                .thenAnswer("{\"company\": \"ACME\", \"revenue\": \"4.2bn\"}")
                .thenAnswer("{\"company\": \"ACME\", \"revenue\": 4.2}");

        ExtractionResult result =
                extractor(WindowLimits.of(20_000, 500)).extract(CTX, SCHEMA, "", "ACME made USD 4.2bn.");

        assertThat(result.valid()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(f.connection.calls()).isEqualTo(2);
        ChatRequest repair = f.connection.requests().get(1);
        assertThat(repair.messages())
                .extracting(ChatMessage::role)
                .containsExactly(ChatRole.SYSTEM, ChatRole.USER, ChatRole.ASSISTANT, ChatRole.USER);
        assertThat(repair.messages().get(2).content()).isEqualTo("{\"company\": \"ACME\", \"revenue\": \"4.2bn\"}");
        assertThat(repair.messages().get(3).content())
                .startsWith("Your reply does not match the required JSON schema")
                .contains("/revenue")
                .contains("number");
        assertThat(repair.responseFormat().type()).isEqualTo(ResponseFormat.Type.JSON_SCHEMA);
    }

    @Test
    void stillInvalidAfterTheRepairIsAFailureListingTheErrorsAfterExactlyTwoCalls() {
        f.connection.thenAnswer("Sure! Here is the data: company ACME").thenAnswer("{\"company\": \"ACME\"}");

        ExtractionResult result =
                extractor(WindowLimits.of(20_000, 500)).extract(CTX, SCHEMA, "", "ACME made USD 4.2bn.");

        assertThat(f.connection.calls()).isEqualTo(2);
        assertThat(result.valid()).isFalse();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.errors()).singleElement().asString().contains("revenue");
        assertThat(f.connection.requests().get(1).messages().get(3).content()).contains("not JSON");
        assertThatThrownBy(result::requireValid)
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("after 2 attempt(s)")
                .hasMessageContaining("revenue");
    }

    @Test
    void aLongDocumentIsCutToItsFirstPartWithANote() {
        f.connection.thenAnswer("{\"company\": \"ACME\", \"revenue\": 1}");
        String document = "word ".repeat(5_000);

        ExtractionResult result = extractor(WindowLimits.of(6_000, 500)).extract(CTX, SCHEMA, "", document);

        assertThat(result.documentTruncated()).isTrue();
        String user = f.connection.requests().get(0).messages().get(1).content();
        assertThat(user).contains("[Document truncated to fit the model").contains("of 25000 tokens) is shown.]");
        int prompt = PER_CHAR.count(f.connection.requests().get(0).messages());
        assertThat(prompt + SCHEMA.length()).isLessThanOrEqualTo(5_500);
    }

    @Test
    void anUnusableSchemaIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> extractor(WindowLimits.of(20_000, 500)).extract(CTX, "{not json", "", "text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.connection.calls()).isZero();
    }
}
