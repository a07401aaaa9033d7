package com.gridvault.ai.openai;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The dialects of the OpenAI wire format, which differ in URLs and authentication. */
enum Variant {
    /** api.openai.com: {@code Authorization: Bearer}, key required. */
    OPENAI,
    /** Azure OpenAI: per-deployment URLs with {@code api-version}, {@code api-key} header. */
    AZURE,
    /** vLLM, Ollama, llama.cpp and other OpenAI-compatible servers: key optional. */
    COMPATIBLE;

    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> configValues() {
        return Arrays.stream(values()).map(Variant::configValue).toList();
    }

    static Variant fromConfig(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
