package com.gridvault.ai.assistant.extract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses a model's output and validates it against a JSON Schema (draft 2020-12 by default). */
final class JsonSchemaCheck {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /**
     * The checked output.
     *
     * @param json compact JSON when the output parsed, else the raw text
     * @param errors the problems, empty when valid
     */
    record Outcome(String json, List<String> errors) {}

    private final Schema schema;

    JsonSchemaCheck(String schemaJson) {
        try {
            this.schema = REGISTRY.getSchema(schemaJson, InputFormat.JSON);
            this.schema.initializeValidators();
        } catch (SchemaException | JacksonException e) {
            throw new IllegalArgumentException("Not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    Outcome check(String output) {
        String text = stripFences(output);
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Outcome(output, List.of("The reply is not JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return new Outcome(output, List.of("The reply is empty, a JSON value was required"));
        }
        List<String> errors = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            errors.add(error.toString());
        }
        return new Outcome(JSON.writeValueAsString(node), errors);
    }

    /** Models sometimes wrap JSON in a Markdown code fence despite being told not to. */
    private static String stripFences(String output) {
        String text = output.strip();
        if (text.startsWith("```")) {
            int firstLine = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (firstLine > 0 && end > firstLine) {
                return text.substring(firstLine + 1, end).strip();
            }
        }
        return text;
    }
}
