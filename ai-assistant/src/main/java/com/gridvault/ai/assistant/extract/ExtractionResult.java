package com.gridvault.ai.assistant.extract;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an extraction.
 *
 * @param json the model's last output: compact JSON when it parsed, else the raw text
 * @param valid whether it matches the schema
 * @param errors the validation errors of the last output, empty when valid
 * @param attempts the model calls made: 1, or 2 after a repair attempt
 * @param documentTruncated whether the document was cut to fit the window
 */
public record ExtractionResult(
        String json, boolean valid, List<String> errors, int attempts, boolean documentTruncated) {

    /** Copies the errors. */
    public ExtractionResult {
        Objects.requireNonNull(json, "json");
        errors = List.copyOf(errors);
    }

    /**
     * Returns the JSON of a valid result.
     *
     * @return the JSON
     * @throws ExtractionFailedException listing the errors when the result is not valid
     */
    public String requireValid() {
        if (!valid) {
            throw new ExtractionFailedException(errors, attempts);
        }
        return json;
    }
}
