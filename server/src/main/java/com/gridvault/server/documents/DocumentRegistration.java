package com.gridvault.server.documents;

import com.gridvault.server.jobs.Job;
import com.gridvault.server.jobs.JobService;
import com.gridvault.server.jobs.NewJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates a document row and its ingestion job in one transaction. */
@ApplicationScoped
public class DocumentRegistration {

    @Inject
    DocumentRepository documents;

    @Inject
    JobService jobs;

    /** Persists the document, submits its ingestion job and links them; all or nothing. */
    @Transactional
    public Document createWithJob(Document document) {
        documents.create(document.orgId(), document);
        Job job = jobs.submit(new NewJob(
                document.orgId(),
                document.workspaceId(),
                DocumentIngestJob.KIND,
                document.id(),
                document.uploadedBy()));
        documents.attachJob(document.orgId(), document.id(), job.id());
        return documents.find(document.orgId(), document.id()).orElseThrow();
    }
}
