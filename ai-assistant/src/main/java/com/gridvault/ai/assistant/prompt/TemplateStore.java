package com.gridvault.ai.assistant.prompt;

import java.util.List;
import java.util.Optional;

/**
 * Keeps an organization's own versions of templates. The server implements it with its database;
 * {@link InMemoryTemplateStore} serves tests and single-node demos. Callers pass only templates
 * that {@link PromptTemplates} has checked. Implementations are thread-safe.
 */
public interface TemplateStore {

    /**
     * Saves a new version, numbered one above the organization's latest for the id (the first is
     * 1), and makes it the active one.
     *
     * @param orgId the organization
     * @param templateId the template id
     * @param system the system part
     * @param user the user part
     * @return the saved version
     */
    PromptTemplate save(String orgId, String templateId, String system, String user);

    /**
     * Lists the organization's saved versions of a template.
     *
     * @param orgId the organization
     * @param templateId the template id
     * @return the versions, oldest first; empty when none were saved
     */
    List<PromptTemplate> versions(String orgId, String templateId);

    /**
     * Returns the organization's active version.
     *
     * @param orgId the organization
     * @param templateId the template id
     * @return the active saved version, or empty when the built-in default applies
     */
    Optional<PromptTemplate> active(String orgId, String templateId);

    /**
     * Makes a saved version the active one, or returns to the built-in default.
     *
     * @param orgId the organization
     * @param templateId the template id
     * @param version a saved version, or 0 for the built-in default
     * @throws IllegalArgumentException when the version was never saved
     */
    void activate(String orgId, String templateId, int version);
}
