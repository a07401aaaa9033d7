package com.gridvault.ai.router.usage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a model costs, in the organization's billing currency per million tokens.
 *
 * @param inputPerMillion the price of one million prompt tokens
 * @param outputPerMillion the price of one million completion tokens
 */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

    /** Rejects missing or negative prices. */
    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("Prices must not be negative");
        }
    }

    /**
     * Creates a price from decimal strings, e.g. {@code of("0.15", "0.60")}.
     *
     * @param inputPerMillion the price of one million prompt tokens
     * @param outputPerMillion the price of one million completion tokens
     * @return the price
     */
    public static ModelPrice of(String inputPerMillion, String outputPerMillion) {
        return new ModelPrice(new BigDecimal(inputPerMillion), new BigDecimal(outputPerMillion));
    }

    /**
     * Prices a call exactly (no rounding): tokens times price, divided by one million.
     *
     * @param promptTokens input tokens
     * @param completionTokens generated tokens
     * @return the cost
     */
    public BigDecimal cost(long promptTokens, long completionTokens) {
        return inputPerMillion
                .multiply(BigDecimal.valueOf(promptTokens))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(completionTokens)))
                .movePointLeft(6);
    }
}
