package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.HighlightSpan;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String PRE = SearchRequests.PRE;
    private static final String POST = SearchRequests.POST;

    @Test
    void markersBecomeOffsetsAcrossJoinedFragments() {
        ObjectNode hit = ClusterClient.object();
        hit.putObject("highlight")
                .putArray("text")
                .add("Total " + PRE + "revenue" + POST + " grew")
                .add("fee " + PRE + "revenue" + POST + " in Asia");

        Highlights.Snippet snippet = Highlights.of(hit, "unused");

        assertThat(snippet.text()).isEqualTo("Total revenue grew … fee revenue in Asia");
        assertThat(snippet.spans()).containsExactly(new HighlightSpan(6, 13), new HighlightSpan(25, 32));
        assertThat(snippet.spans()).allSatisfy(s -> assertThat(snippet.text().substring(s.start(), s.end()))
                .isEqualTo("revenue"));
    }

    @Test
    void withoutHighlightsTheSnippetIsTheTextsBeginning() {
        String text = "word ".repeat(100);

        Highlights.Snippet snippet = Highlights.of(ClusterClient.object(), text);

        assertThat(snippet.spans()).isEmpty();
        assertThat(snippet.text()).endsWith("…").hasSizeLessThanOrEqualTo(Highlights.LEAD_LENGTH + 1);
        assertThat(text).startsWith(snippet.text().substring(0, snippet.text().length() - 1));
    }
}
