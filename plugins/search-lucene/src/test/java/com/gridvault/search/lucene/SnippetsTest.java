package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final Snippets snippets = new Snippets(analyzer);
    private final QueryFactory queries = new QueryFactory(analyzer);

    @Test
    void spansPointAtStemmedMatchesAcrossPassages() {
        String text =
                "Loans grew. " + "Filler sentence without the term. ".repeat(20) + "Deposits were lending sources.";
        Snippets.Snippet snippet = snippets.highlight(queries.words("loan deposit"), text);
        assertThat(snippet.spans()).hasSize(2);
        assertThat(snippet.spans())
                .map(s -> snippet.text().substring(s.start(), s.end()))
                .containsExactly("Loans", "Deposits");
        assertThat(snippet.text()).contains(" … ");
    }

    @Test
    void withoutMatchesTheSnippetIsTheCutBeginning() {
        String text = "word ".repeat(100);
        Snippets.Snippet snippet = snippets.highlight(queries.words("absent"), text);
        assertThat(snippet.spans()).isEmpty();
        assertThat(snippet.text()).endsWith("…").hasSizeLessThanOrEqualTo(Snippets.LEAD_LENGTH + 1);
    }
}
