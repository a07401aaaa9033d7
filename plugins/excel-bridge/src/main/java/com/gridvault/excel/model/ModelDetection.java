package com.gridvault.excel.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ModelTypeDetector} concluded.
 *
 * @param type the most likely type, or {@link ModelType#UNKNOWN}
 * @param confidence in {@code [0, 1]}: how strong and how unambiguous the evidence for {@code type}
 *     is (for {@code UNKNOWN}: how little evidence there is for anything)
 * @param evidence human-readable reasons for {@code type}, strongest first
 * @param scores the raw score of every recognized type (not {@code UNKNOWN})
 */
public record ModelDetection(ModelType type, double confidence, List<String> evidence, Map<ModelType, Double> scores) {

    /** Rejects nulls and out-of-range confidence; copies the collections. */
    public ModelDetection {
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
        evidence = List.copyOf(evidence);
        scores = Map.copyOf(scores);
    }
}
