package com.gridvault.ai.assistant.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.ai.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCountersTest {

    @Test
    void openAiModelsGetTheirExactEncoding() {
        assertThat(TokenCounters.forModel("gpt-4o-mini"))
                .isInstanceOfSatisfying(
                        TiktokenCounter.class, c -> assertThat(c.encodingName()).isEqualTo("o200k_base"));
        assertThat(TokenCounters.forModel("azure/gpt-4-turbo"))
                .isInstanceOfSatisfying(
                        TiktokenCounter.class, c -> assertThat(c.encodingName()).isEqualTo("cl100k_base"));
        // "hello world" is two tokens in both encodings (tiktoken reference).
        assertThat(TokenCounters.forModel("gpt-4o").count("hello world")).isEqualTo(2);
        assertThat(TokenCounters.forModel("gpt-3.5-turbo").count("hello world")).isEqualTo(2);
    }

    @Test
    void otherModelsGetTheConservativeEstimate() {
        assertThat(TokenCounters.forModel("claude-sonnet-4")).isSameAs(ApproximateTokenCounter.DEFAULT);
        assertThat(TokenCounters.forModel(null)).isSameAs(ApproximateTokenCounter.DEFAULT);
    }

    @Test
    void theEstimateIsNotBelowTheRealCountForEnglishOrCjk() {
        TokenCounter exact = TokenCounters.forModel("gpt-4o");
        String english = "Revenue rose 12% year over year to USD 4.2bn, driven by pricing; EBITDA margin was 31.5%.";
        String japanese = "売上高は前年同期比12%増の42億ドルとなりました。";
        assertThat(ApproximateTokenCounter.DEFAULT.count(english)).isGreaterThanOrEqualTo(exact.count(english));
        assertThat(ApproximateTokenCounter.DEFAULT.count(japanese)).isGreaterThanOrEqualTo(exact.count(japanese));
        // 7 letters -> ceil(7 / 3.5) = 2; 3 digits -> 2; "." and 2 non-ASCII code points -> 3.
        assertThat(ApproximateTokenCounter.DEFAULT.count("abcdefg123.é€")).isEqualTo(7);
    }

    @Test
    void messagesCostTheirTextPlusOverhead() {
        TokenCounter perChar = text -> text.length();
        assertThat(perChar.count(List.of(ChatMessage.user("abc"), ChatMessage.assistant("de"))))
                .isEqualTo(3 + 2 + 2 * TokenCounter.MESSAGE_OVERHEAD + TokenCounter.REPLY_PRIMING);
    }

    @Test
    void truncateKeepsTheLongestPrefixThatFitsEndingAtAWord() {
        TokenCounter perChar = text -> text.length();
        String text = "alpha beta gamma delta epsilon";
        assertThat(perChar.truncate(text, 100)).isSameAs(text);
        assertThat(perChar.truncate(text, 13)).isEqualTo("alpha beta");
        assertThat(perChar.truncate(text, 0)).isEmpty();
    }
}
