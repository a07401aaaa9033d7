package com.gridvault.ai.assistant.extract;

import com.gridvault.ai.assistant.prompt.PromptTemplates;

/**
 * Turns a research note into a strategy the quant pack's rule backtester runs. The schema ({@code
 * schemas/strategy.schema.json}) produces an object with
 *
 * <ul>
 *   <li>{@code name}, {@code summary}, {@code assumptions}: for the analyst;
 *   <li>{@code direction}: the backtest settings' direction (LONG_ONLY, SHORT_ONLY, LONG_SHORT);
 *   <li>{@code strategy}: exactly the backtest input's {@code strategy} object of a
 *       {@code CUSTOM_RULES} strategy: {@code type} = {@code "CUSTOM_RULES"}, {@code parameters} =
 *       {@code {}} and {@code rules} = {@code longEntry}, {@code longExit}, {@code shortEntry},
 *       {@code shortExit} rule groups (each null or {@code all}/{@code any} condition lists and
 *       {@code allGroups}/{@code anyGroups} nested groups); a condition is {@code left}, {@code op}
 *       (GREATER_THAN, LESS_THAN, CROSSES_ABOVE, CROSSES_BELOW), {@code right}; an operand is one of
 *       an indicator with its period fields, a bar {@code price} field, or a constant {@code value}.
 * </ul>
 *
 * The object passes to the backtester as {@code {"bars": ..., "strategy": <strategy>, "settings":
 * {"direction": <direction>}}}. What the schema cannot say (at least one entry rule, periods within
 * the series) the backtester's own validation reports.
 */
public final class StrategyExtraction {

    /** The schema's name sent to the provider. */
    public static final String SCHEMA_NAME = "custom_rules_strategy";

    private static final String SCHEMA = SchemaResources.load("strategy.schema.json");

    private StrategyExtraction() {}

    /**
     * Returns the JSON Schema.
     *
     * @return the schema text
     */
    public static String schema() {
        return SCHEMA;
    }

    /**
     * Returns the extraction task with the {@code extract.strategy} template.
     *
     * @return the task
     */
    public static ExtractionTask task() {
        return new ExtractionTask(
                PromptTemplates.EXTRACT_STRATEGY,
                SCHEMA_NAME,
                SCHEMA,
                "Extract the trading strategy this research note describes as backtestable rules.");
    }
}
