package com.gridvault.ai.router.usage;

import java.util.Map;
import java.util.Optional;

/** Finds the price of a model on an endpoint. Thread-safe. */
@FunctionalInterface
public interface PriceBook {

    /** Knows no prices: every call costs zero (tokens are still counted). */
    PriceBook NONE = (configId, model) -> Optional.empty();

    /**
     * Returns the price.
     *
     * @param configId the endpoint (self-hosted endpoints may be free while a cloud one is not)
     * @param model the model as the provider reported it, or as requested when it reported none
     * @return the price, or empty when unknown (the call is then recorded at zero cost)
     */
    Optional<ModelPrice> price(String configId, String model);

    /**
     * Creates a price book keyed by model id alone, the same on every endpoint. A model the provider
     * reports with a date suffix ({@code gpt-4o-mini-2024-07-18}) also matches the undated id
     * ({@code gpt-4o-mini}) when no dated entry exists.
     *
     * @param prices prices by model id
     * @return the price book
     */
    static PriceBook byModel(Map<String, ModelPrice> prices) {
        Map<String, ModelPrice> copy = Map.copyOf(prices);
        return (configId, model) -> {
            ModelPrice exact = copy.get(model);
            if (exact != null) {
                return Optional.of(exact);
            }
            return copy.entrySet().stream()
                    .filter(e -> model.startsWith(e.getKey() + "-"))
                    .max((a, b) ->
                            Integer.compare(a.getKey().length(), b.getKey().length()))
                    .map(Map.Entry::getValue);
        };
    }
}
