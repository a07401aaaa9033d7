package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.HighlightSnippets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What this backend adds to the contract, checked on the real node: mapping, RRF scores, highlights. */
class ElasticsearchSearchBackendTest {

    private static final AtomicInteger INDEXES = new AtomicInteger();

    private URI url;
    private String prefix;
    private ElasticsearchSearchBackend backend;

    @BeforeEach
    void connect() {
        url = ElasticsearchTestNode.get().url();
        prefix = "plugin-" + INDEXES.incrementAndGet() + "-";
        backend = new ElasticsearchSearchBackend(settings(10));
    }

    @AfterEach
    void drop() {
        try {
            backend.clear();
        } finally {
            backend.close();
        }
    }

    @Test
    void theServersMappingHasKeywordsEnglishTextAndAnIndexedCosineHnswVector() throws Exception {
        backend.index(List.of(chunk("acme", "credit", "c1", "Net interest margin widened.", new float[] {1, 0, 0})));

        JsonNode index = get(prefix + "chunks");
        JsonNode mapping = index.path(prefix + "chunks").path("mappings");
        JsonNode properties = mapping.path("properties");
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
        for (String keyword : List.of("tenant", "workspace", "document", "document_type", "form", "section")) {
            assertThat(properties.path(keyword).path("type").asText())
                    .as(keyword)
                    .isEqualTo("keyword");
        }
        assertThat(properties.path("company_key").path("type").asText()).isEqualTo("keyword");
        assertThat(properties.path("text").path("analyzer").asText()).isEqualTo("english");
        JsonNode sectionTitle = properties.path("section_title");
        assertThat(sectionTitle.path("index").asBoolean()).isFalse();
        assertThat(sectionTitle.path("fields").path("words").path("analyzer").asText())
                .isEqualTo("english");
        assertThat(properties.path("date").path("type").asText()).isEqualTo("date");
        JsonNode vector = properties.path("vector");
        assertThat(vector.path("type").asText()).isEqualTo("dense_vector");
        assertThat(vector.path("dims").asInt()).isEqualTo(3);
        assertThat(vector.path("index").asBoolean()).isTrue();
        assertThat(vector.path("similarity").asText()).isEqualTo("cosine");
        assertThat(vector.path("index_options").path("type").asText()).isEqualTo("hnsw");
        JsonNode settings = index.path(prefix + "chunks").path("settings").path("index");
        assertThat(settings.path("number_of_shards").asText()).isEqualTo("1");
        assertThat(settings.path("number_of_replicas").asText()).isEqualTo("0");
    }

    @Test
    void theDimensionIsReadBackFromTheClusterByANewBackend() {
        backend.index(List.of(chunk("acme", "credit", "c1", "Deposits grew.", new float[] {1, 0, 0, 0})));

        try (ElasticsearchSearchBackend other = new ElasticsearchSearchBackend(settings(10))) {
            assertThat(other.search(SearchQuery.builder("acme", "credit")
                            .vector(new float[] {1, 0, 0, 0})
                            .mode(SearchMode.SEMANTIC)
                            .build()))
                    .extracting(SearchHit::chunkId)
                    .containsExactly("c1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            other.index(List.of(chunk("acme", "credit", "c2", "Loans fell.", new float[] {1, 0}))))
                    .isInstanceOf(com.gridvault.plugin.api.validation.InvalidInputException.class)
                    .hasMessageContaining("chunks[0].vector")
                    .hasMessageContaining("4 dimensions");
        }
    }

    @Test
    void hybridScoresAreTheReciprocalRankFusionOfTheTextAndVectorRankings() {
        backend.index(List.of(
                chunk("acme", "credit", "a", "revenue revenue revenue", new float[] {0, 1, 0}),
                chunk("acme", "credit", "b", "revenue and costs", new float[] {1, 0, 0}),
                chunk("acme", "credit", "c", "costs only", new float[] {0.9f, 0.1f, 0}),
                chunk("acme", "credit", "d", "unrelated words", new float[] {0, 0, 1})));
        float[] vector = {1, 0.05f, 0};

        List<String> text = ids(backend.search(query("revenue", null, SearchMode.TEXT)));
        List<String> knn = ids(backend.search(query(null, vector, SearchMode.SEMANTIC)));
        List<SearchHit> hybrid = backend.search(query("revenue", vector, SearchMode.HYBRID));

        // rrf-k is 10 here: each hit scores the sum of 1 / (10 + rank) over the rankings it is in.
        Map<String, Double> expected = new HashMap<>();
        for (List<String> ranking : List.of(text, knn)) {
            for (int i = 0; i < ranking.size(); i++) {
                expected.merge(ranking.get(i), 1.0 / (10 + i + 1), Double::sum);
            }
        }
        assertThat(text).containsExactly("a", "b");
        assertThat(knn).hasSize(4);
        assertThat(knn).startsWith("b", "c");
        assertThat(hybrid).extracting(SearchHit::chunkId).startsWith("b").hasSize(expected.size());
        for (SearchHit hit : hybrid) {
            assertThat(hit.score()).as(hit.chunkId()).isCloseTo(expected.get(hit.chunkId()), within(1e-9));
        }
        // b: second by BM25 (a repeats the word), first by kNN.
        assertThat(hybrid.get(0).score()).isCloseTo(1.0 / 12 + 1.0 / 11, within(1e-9));
    }

    @Test
    void highlightsMarkStemmedMatchesAtTheirOffsetsWithoutMarkup() {
        backend.index(List.of(chunk(
                "acme",
                "credit",
                "c1",
                "The board approved a dividend. Dividends rose while the unrelated cost base fell.",
                new float[] {1, 0, 0})));

        SearchHit hit =
                backend.search(query("dividends", null, SearchMode.TEXT)).get(0);

        assertThat(hit.highlights()).hasSize(2);
        assertThat(hit.highlightedTerms()).containsExactly("dividend", "Dividends");
        assertThat(hit.snippet()).doesNotContain(HighlightSnippets.PRE).doesNotContain(HighlightSnippets.POST);
        SearchHit vectorOnly = backend.search(query("dividends", new float[] {1, 0, 0}, SearchMode.HYBRID))
                .get(0);
        assertThat(vectorOnly.highlightedTerms()).containsExactly("dividend", "Dividends");
    }

    @Test
    void anIndexClearedByAnotherApplianceIsRecreatedWithTheStrictMapping() throws Exception {
        backend.index(List.of(chunk("acme", "credit", "c1", "Deposits grew.", new float[] {1, 0, 0})));
        try (ElasticsearchSearchBackend other = new ElasticsearchSearchBackend(settings(10))) {
            other.clear();
        }

        backend.index(List.of(chunk("acme", "credit", "c2", "Loans fell.", new float[] {0, 1})));

        JsonNode mapping =
                get(prefix + "chunks/_mapping").path(prefix + "chunks").path("mappings");
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
        assertThat(mapping.path("properties").path("vector").path("dims").asInt())
                .isEqualTo(2);
        assertThat(mapping.path("properties").path("tenant").path("type").asText())
                .isEqualTo("keyword");
        assertThat(backend.count("acme", "credit")).isOne();
    }

    @Test
    void countAndDeletesOnAMissingIndexFindNothing() {
        assertThat(backend.count("acme", "credit")).isZero();
        assertThat(backend.deleteWorkspace("acme", "credit")).isZero();
        assertThat(backend.search(query("anything", null, SearchMode.TEXT))).isEmpty();
    }

    @Test
    void deletingAWorkspaceLargerThanOnePageRemovesEveryChunk() {
        List<SearchChunk> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            chunks.add(chunk("acme", "credit", "c" + i, "note " + i, null));
        }
        backend.index(chunks);
        backend.index(List.of(chunk("acme", "other", "keep", "kept note", null)));

        assertThat(backend.deleteWorkspace("acme", "credit")).isEqualTo(1_234);
        assertThat(backend.count("acme", "credit")).isZero();
        assertThat(backend.count("acme", "other")).isOne();
    }

    @Test
    void anIndexCreatedBeforeSectionTitlesWereSearchedGainsThemWithItsChunks() throws Exception {
        String index = prefix + "chunks";
        ObjectNode properties = ClusterClient.JSON.createObjectNode();
        for (String keyword : ChunkFieldNames.KEYWORDS) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("text").put("type", "text").put("analyzer", "english");
        for (String stored : ChunkFieldNames.STORED_TEXT) {
            properties
                    .putObject(stored)
                    .put("type", "keyword")
                    .put("index", false)
                    .put("doc_values", false);
        }
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.putObject("mappings").put("dynamic", "strict").set("properties", properties);
        send("PUT", index, body);
        ObjectNode chunk = ClusterClient.JSON
                .createObjectNode()
                .put("tenant", "acme")
                .put("workspace", "credit")
                .put("document", "d1")
                .put("chunk", "old")
                .put("text", "Suppliers may fail to deliver.")
                .put("section_title", "Risk Factors");
        send("PUT", index + "/_doc/old?refresh=true", chunk);

        // The first search reads the mapping and adds the title's words. The test node has no reindex
        // module for the background update by query, so the old chunk matches by its text only ...
        assertThat(ids(backend.search(query("suppliers", null, SearchMode.TEXT))))
                .containsExactly("old");
        assertThat(backend.search(query("risk factors", null, SearchMode.TEXT))).isEmpty();
        // ... until it is indexed again, as the server's re-index job does.
        backend.index(List.of(new SearchChunk(
                "acme",
                "credit",
                "d1",
                "new",
                "Suppliers may fail to deliver.",
                null,
                ChunkMetadata.builder().sectionTitle("Risk Factors").build())));
        assertThat(ids(backend.search(query("risk factors", null, SearchMode.TEXT))))
                .containsExactly("new");
        assertThat(get(index + "/_mapping")
                        .path(index)
                        .path("mappings")
                        .path("properties")
                        .path("section_title")
                        .path("fields")
                        .path("words")
                        .path("type")
                        .asText())
                .isEqualTo("text");
    }

    private ElasticsearchSettings settings(int rrfK) {
        return new ElasticsearchSettings(
                List.of(url),
                null,
                null,
                null,
                prefix,
                null,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                rrfK,
                100,
                1,
                0);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url.resolve("/" + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return ClusterClient.JSON.readTree(response.body());
    }

    private void send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url.resolve("/" + path))
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    private static SearchQuery query(String text, float[] vector, SearchMode mode) {
        return SearchQuery.builder("acme", "credit")
                .text(text)
                .vector(vector)
                .mode(mode)
                .k(10)
                .build();
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::chunkId).toList();
    }

    private static SearchChunk chunk(String tenant, String workspace, String chunkId, String text, float[] vector) {
        return new SearchChunk(tenant, workspace, "d1", chunkId, text, vector, null);
    }
}
