package com.gridvault.ai.assistant.extract;

import com.gridvault.ai.assistant.AssistantException;
import java.util.List;

/** The model's output still did not match the schema after the repair attempt. */
public final class ExtractionFailedException extends AssistantException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /**
     * Creates the exception.
     *
     * @param errors the validation errors of the last output
     * @param attempts the calls made
     */
    public ExtractionFailedException(List<String> errors, int attempts) {
        super("The extracted data does not match the schema after " + attempts + " attempt(s): "
                + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns the validation errors.
     *
     * @return the errors
     */
    public List<String> errors() {
        return errors;
    }
}
