package com.gridvault.plugin.api.embedding;

import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.List;

/** The input checks every {@link EmbeddingProvider} applies, so all providers reject the same way. */
public final class EmbeddingInputs {

    private EmbeddingInputs() {}

    /**
     * Checks the arguments of {@link EmbeddingProvider#embed} against its documented limits.
     *
     * @param texts the texts
     * @param purpose the purpose
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad argument
     */
    public static void validate(List<String> texts, EmbeddingPurpose purpose) {
        FieldErrors errors = FieldErrors.create().notNull("purpose", purpose).notEmpty("texts", texts);
        if (texts != null) {
            errors.check(
                    texts.size() <= EmbeddingProvider.MAX_TEXTS_PER_CALL,
                    "texts",
                    "must hold at most " + EmbeddingProvider.MAX_TEXTS_PER_CALL + " texts per call, was "
                            + texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String path = "texts[" + i + "]";
                if (text == null || text.isBlank()) {
                    errors.add(path, "must not be blank");
                } else {
                    errors.check(
                            text.length() <= EmbeddingProvider.MAX_TEXT_LENGTH,
                            path,
                            "must be at most " + EmbeddingProvider.MAX_TEXT_LENGTH + " characters, was "
                                    + text.length());
                }
            }
        }
        errors.throwIfAny();
    }
}
