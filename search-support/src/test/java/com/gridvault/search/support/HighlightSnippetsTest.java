package com.gridvault.search.support;

import static com.gridvault.search.support.HighlightSnippets.POST;
import static com.gridvault.search.support.HighlightSnippets.PRE;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.HighlightSpan;
import com.gridvault.search.support.HighlightSnippets.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightSnippetsTest {

    @Test
    void markersBecomeOffsetsAcrossJoinedFragments() {
        Snippet snippet = HighlightSnippets.of(
                List.of("Total " + PRE + "revenue" + POST + " grew", "fee " + PRE + "revenue" + POST + " in Asia"),
                "unused");

        assertThat(snippet.text()).isEqualTo("Total revenue grew … fee revenue in Asia");
        assertThat(snippet.spans()).containsExactly(new HighlightSpan(6, 13), new HighlightSpan(25, 32));
        assertThat(snippet.spans()).allSatisfy(s -> assertThat(snippet.text().substring(s.start(), s.end()))
                .isEqualTo("revenue"));
        assertThat(snippet.text()).doesNotContain(PRE).doesNotContain(POST);
    }

    @Test
    void withoutFragmentsTheSnippetIsTheTextsBeginningCutAtAWord() {
        String text = "word ".repeat(100);

        Snippet snippet = HighlightSnippets.of(List.of(), text);

        assertThat(snippet.spans()).isEmpty();
        assertThat(snippet.text()).endsWith("…").hasSizeLessThanOrEqualTo(HighlightSnippets.LEAD_LENGTH + 1);
        assertThat(snippet.text()).doesNotEndWith(" …").doesNotContain("wor…");
        assertThat(text).startsWith(snippet.text().substring(0, snippet.text().length() - 1));
    }

    @Test
    void aShortTextIsItsOwnSnippetAndUnmarkedFragmentsFallBackToIt() {
        Snippet snippet = HighlightSnippets.of(List.of("no markers here"), "Short text.");

        assertThat(snippet.text()).isEqualTo("Short text.");
        assertThat(snippet.spans()).isEmpty();
    }

    @Test
    void emptyOrUnclosedMarksAreNoSpans() {
        Snippet snippet = HighlightSnippets.of(
                List.of("a " + PRE + POST + "b " + PRE + "hit" + POST + " c " + PRE + "open"), "fallback");

        assertThat(snippet.text()).isEqualTo("a b hit c open");
        assertThat(snippet.spans()).containsExactly(new HighlightSpan(4, 7));
    }
}
