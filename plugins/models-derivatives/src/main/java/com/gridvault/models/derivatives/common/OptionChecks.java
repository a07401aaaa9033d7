package com.gridvault.models.derivatives.common;

import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.api.validation.InvalidInputException;

/**
 * The checks every option input shares, so the same field gets the same path and message in every
 * model. Field names are those of the flat input records ({@code spot}, {@code strike}, ...).
 */
public final class OptionChecks {

    private OptionChecks() {}

    /**
     * Rejects a missing input as a whole.
     *
     * @param input the bound input, possibly null
     * @throws InvalidInputException naming the path {@code input} when it is null
     */
    public static void requireInput(Object input) {
        if (input == null) {
            throw new InvalidInputException("input", "is required");
        }
    }

    /**
     * Checks the contract terms: option type, strike and time to expiry.
     *
     * @param errors the collector
     * @param type the option type
     * @param strike the strike
     * @param timeToExpiry the time to expiry in years
     * @return the collector
     */
    public static FieldErrors contract(FieldErrors errors, OptionType type, double strike, double timeToExpiry) {
        return errors.notNull("type", type).positive("strike", strike).positive("timeToExpiry", timeToExpiry);
    }

    /**
     * Checks the market data: spot, rate and dividend yield. Rates and yields may be negative.
     *
     * @param errors the collector
     * @param spot the underlying price
     * @param rate the continuously compounded risk-free rate
     * @param dividendYield the continuous dividend yield
     * @return the collector
     */
    public static FieldErrors market(FieldErrors errors, double spot, double rate, double dividendYield) {
        return errors.positive("spot", spot).finite("rate", rate).finite("dividendYield", dividendYield);
    }

    /**
     * Checks a volatility.
     *
     * @param errors the collector
     * @param volatility the annualised volatility as a decimal
     * @return the collector
     */
    public static FieldErrors volatility(FieldErrors errors, double volatility) {
        return errors.positive("volatility", volatility);
    }

    /**
     * Checks a step count against 1..max with a message that names the limit.
     *
     * @param errors the collector
     * @param path the field path
     * @param value the count
     * @param min the smallest allowed count
     * @param max the operator's limit
     * @return the collector
     */
    public static FieldErrors count(FieldErrors errors, String path, long value, long min, long max) {
        if (value < min) {
            return errors.add(path, "must be at least " + min + ", was " + value);
        }
        return errors.check(value <= max, path, "must not exceed the limit of " + max + ", was " + value);
    }
}
