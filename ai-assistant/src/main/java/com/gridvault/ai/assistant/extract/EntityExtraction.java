package com.gridvault.ai.assistant.extract;

import com.gridvault.ai.assistant.prompt.PromptTemplates;

/**
 * Finds companies, tickers, people and metrics in a document ({@code schemas/entities.schema.json}).
 * Every entity has a {@code confidence} in [0, 1] and a {@code sentiment} with a {@code label}
 * (negative, neutral, positive) and a {@code score} in [-1, 1].
 */
public final class EntityExtraction {

    /** The schema's name sent to the provider. */
    public static final String SCHEMA_NAME = "financial_entities";

    private static final String SCHEMA = SchemaResources.load("entities.schema.json");

    private EntityExtraction() {}

    /**
     * Returns the JSON Schema.
     *
     * @return the schema text
     */
    public static String schema() {
        return SCHEMA;
    }

    /**
     * Returns the extraction task with the {@code extract.entities} template.
     *
     * @return the task
     */
    public static ExtractionTask task() {
        return new ExtractionTask(
                PromptTemplates.EXTRACT_ENTITIES,
                SCHEMA_NAME,
                SCHEMA,
                "List the companies, tickers, people and financial metrics in this document.");
    }
}
