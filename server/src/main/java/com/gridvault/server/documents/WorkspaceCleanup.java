package com.gridvault.server.documents;

import com.gridvault.server.tenancy.WorkspaceDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Before a workspace goes, deletes its documents the way a user would: index entries, unshared
 * files and extracted text, rows. The database would cascade the rows, but not the files and the index.
 */
@ApplicationScoped
public class WorkspaceCleanup {

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentService service;

    void onDeleting(@Observes WorkspaceDeleting event) {
        List<Document> page;
        do {
            page = documents.list(event.orgId(), event.workspaceId(), null, 200, null, null, null);
            page.forEach(d -> service.delete(event.orgId(), d.id()));
        } while (!page.isEmpty());
    }
}
