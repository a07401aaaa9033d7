package com.gridvault.server.search;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.server.documents.DocumentSettings;
import com.gridvault.server.plugins.ExtensionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Picks the search backend and the embedding model among the started plugins' extensions, by the
 * ids configured in {@link DocumentSettings}.
 */
@ApplicationScoped
public class SearchExtensions {

    @Inject
    ExtensionRegistry registry;

    @Inject
    DocumentSettings settings;

    /** The configured search backend, when its plugin is started. */
    public Optional<SearchBackend> backend() {
        return registry.extensions(SearchBackend.class).stream()
                .map(PluginExtension::extension)
                .filter(b -> b.id().equals(settings.searchBackend()))
                .findFirst();
    }

    /** The configured embedding model, or the first one offered; empty when no plugin offers one. */
    public Optional<EmbeddingProvider> embeddings() {
        String wanted = settings.embeddingProvider();
        return registry.extensions(EmbeddingProvider.class).stream()
                .map(PluginExtension::extension)
                .filter(p -> wanted.isEmpty() || p.model().id().equals(wanted))
                .findFirst();
    }

    /** The configured backend's id, for messages. */
    public String backendId() {
        return settings.searchBackend();
    }
}
