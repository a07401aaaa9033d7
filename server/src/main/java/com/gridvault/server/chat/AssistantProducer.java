package com.gridvault.server.chat;

import com.gridvault.ai.assistant.context.ApproximateTokenCounter;
import com.gridvault.ai.assistant.context.ContextWindow;
import com.gridvault.ai.assistant.context.RouterSummarizer;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.extract.StructuredExtractor;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.assistant.rag.Passage;
import com.gridvault.ai.assistant.rag.RagAnswerer;
import com.gridvault.ai.assistant.rag.RagSettings;
import com.gridvault.ai.router.AiRouter;
import com.gridvault.server.documents.DocumentRepository;
import com.gridvault.server.search.SearchRequest;
import com.gridvault.server.search.SearchResult;
import com.gridvault.server.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The assistant's parts for the appliance: RAG over the workspace's hybrid search (full chunk text,
 * not highlight snippets), an 8k-token window by default whose oldest turns are summarized (a
 * SUMMARIZE call) when a conversation outgrows it, and
 * organizations' own prompt template versions, and structured extraction, all through the organization's AI routing.
 */
@ApplicationScoped
public class AssistantProducer {

    @Inject
    AiRouter router;

    @Inject
    SearchService search;

    @Inject
    DocumentRepository documents;

    @Produces
    @Singleton
    PromptTemplates templates(JpaTemplateStore store) {
        return new PromptTemplates(store);
    }

    @Produces
    @Singleton
    RagAnswerer answerer(PromptTemplates templates) {
        return new RagAnswerer(
                router,
                this::retrieve,
                templates,
                new ContextWindow(ApproximateTokenCounter.DEFAULT, new RouterSummarizer(router, templates)),
                RagSettings.DEFAULT);
    }

    @Produces
    @Singleton
    StructuredExtractor extractor(PromptTemplates templates) {
        return new StructuredExtractor(router, templates, ApproximateTokenCounter.DEFAULT, WindowLimits.of(8192, 2048));
    }

    List<Passage> retrieve(String orgId, String workspaceId, String question, int k) {
        SearchResult result =
                search.search(orgId, workspaceId, new SearchRequest(question, null, Math.min(k, 100), null, false));
        return result.hits().stream()
                .map(h -> new Passage(
                        h.chunkId(),
                        h.documentId(),
                        h.documentTitle() == null ? h.documentId() : h.documentTitle(),
                        h.page(),
                        h.sectionId(),
                        h.sectionTitle(),
                        documents.chunk(orgId, h.chunkId()).map(c -> c.text()).orElse(h.snippet()),
                        h.score()))
                .toList();
    }
}
