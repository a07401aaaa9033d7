package com.gridvault.ai.assistant.extract;

import com.gridvault.ai.assistant.prompt.PromptTemplates;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to extract.
 *
 * @param templateId the prompt template, e.g. {@link PromptTemplates#EXTRACT_DEFAULT}
 * @param schemaName a name for the schema sent to the provider (letters, digits, _ and -)
 * @param schema the JSON Schema (draft 2020-12) as JSON text
 * @param instructions extra instructions for this extraction, possibly empty
 */
public record ExtractionTask(String templateId, String schemaName, String schema, String instructions) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Rejects a bad schema name and missing parts. */
    public ExtractionTask {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(schemaName, "schemaName");
        if (!NAME.matcher(schemaName).matches()) {
            throw new IllegalArgumentException(
                    "A schema name has 1-64 letters, digits, _ or -, was '" + schemaName + "'");
        }
        instructions = instructions == null ? "" : instructions;
    }
}
