package com.gridvault.ai.assistant.rag;

import java.util.List;

/**
 * Finds the passages that may answer a question. The server implements it with hybrid (keyword +
 * vector) search over the workspace, enforcing the caller's access. Thread-safe.
 */
@FunctionalInterface
public interface Retriever {

    /**
     * Retrieves passages.
     *
     * @param orgId the organization
     * @param workspaceId the workspace searched
     * @param question the question
     * @param k the most passages to return
     * @return the passages, best first
     */
    List<Passage> retrieve(String orgId, String workspaceId, String question, int k);
}
