package com.gridvault.server.documents;

import com.gridvault.documents.ingest.extract.DocumentExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The one {@link DocumentExtractor} of the appliance, with the configured limits and parser threads. */
@ApplicationScoped
public class ExtractorProducer {

    @Inject
    DocumentSettings settings;

    @Produces
    @Singleton
    DocumentExtractor extractor() {
        return new DocumentExtractor(settings.extraction());
    }

    void close(@Disposes DocumentExtractor extractor) {
        extractor.close();
    }
}
