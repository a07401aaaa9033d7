package com.gridvault.ai.assistant.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;

/** Chooses a {@link TokenCounter} for a model. */
public final class TokenCounters {

    // Lazy: an encoding's vocabulary is loaded from the jar the first time it is used.
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private TokenCounters() {}

    /**
     * Returns the counter for a model: the exact OpenAI encoding for OpenAI-family model names
     * (o200k_base for gpt-4o, gpt-4.1, gpt-5 and the o-series; cl100k_base for gpt-4 and
     * gpt-3.5), else the conservative {@link ApproximateTokenCounter}.
     *
     * @param model the model id, possibly null (unknown until routing)
     * @return the counter
     */
    public static TokenCounter forModel(String model) {
        if (model == null) {
            return ApproximateTokenCounter.DEFAULT;
        }
        String m = model.toLowerCase(Locale.ROOT);
        int slash = m.lastIndexOf('/');
        if (slash >= 0) {
            m = m.substring(slash + 1);
        }
        if (m.startsWith("gpt-4o")
                || m.startsWith("gpt-4.1")
                || m.startsWith("gpt-4.5")
                || m.startsWith("gpt-5")
                || m.matches("o[134](-.*)?")) {
            return new TiktokenCounter(REGISTRY.getEncoding(EncodingType.O200K_BASE));
        }
        if (m.startsWith("gpt-4") || m.startsWith("gpt-3.5")) {
            return new TiktokenCounter(REGISTRY.getEncoding(EncodingType.CL100K_BASE));
        }
        return ApproximateTokenCounter.DEFAULT;
    }
}
