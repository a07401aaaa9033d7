package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.HighlightSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String PRE = SearchRequests.PRE;
    private static final String POST = SearchRequests.POST;

    @Test
    void markersBecomeOffsetsAcrossJoinedFragments() {
        Map<String, List<String>> highlight = Map.of(
                "text",
                List.of("Total " + PRE + "revenue" + POST + " grew", "fee " + PRE + "revenue" + POST + " in Asia"));

        Highlights.Snippet snippet = Highlights.of(highlight, "unused");

        assertThat(snippet.text()).isEqualTo("Total revenue grew … fee revenue in Asia");
        assertThat(snippet.spans()).containsExactly(new HighlightSpan(6, 13), new HighlightSpan(25, 32));
        assertThat(snippet.spans()).allSatisfy(s -> assertThat(snippet.text().substring(s.start(), s.end()))
                .isEqualTo("revenue"));
        assertThat(snippet.text()).doesNotContain(PRE).doesNotContain(POST);
    }

    @Test
    void withoutHighlightsTheSnippetIsTheTextsBeginning() {
        String text = "word ".repeat(100);

        Highlights.Snippet snippet = Highlights.of(Map.of(), text);

        assertThat(snippet.spans()).isEmpty();
        assertThat(snippet.text()).endsWith("…").hasSizeLessThanOrEqualTo(Highlights.LEAD_LENGTH + 1);
        assertThat(text).startsWith(snippet.text().substring(0, snippet.text().length() - 1));
    }

    @Test
    void aShortTextIsItsOwnSnippetAndUnmarkedFragmentsFallBackToIt() {
        Highlights.Snippet snippet = Highlights.of(Map.of("text", List.of("no markers here")), "Short text.");

        assertThat(snippet.text()).isEqualTo("Short text.");
        assertThat(snippet.spans()).isEmpty();
    }
}
