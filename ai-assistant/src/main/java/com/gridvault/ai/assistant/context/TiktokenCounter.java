package com.gridvault.ai.assistant.context;

import com.knuddels.jtokkit.api.Encoding;
import java.util.Objects;

/** Exact counts with an OpenAI byte-pair encoding (cl100k_base or o200k_base) from JTokkit. */
public final class TiktokenCounter implements TokenCounter {

    private final Encoding encoding;

    TiktokenCounter(Encoding encoding) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Returns the encoding's name.
     *
     * @return e.g. {@code o200k_base}
     */
    public String encodingName() {
        return encoding.getName();
    }

    @Override
    public int count(String text) {
        // Ordinary: special tokens such as <|endoftext|> inside documents are counted as text.
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
