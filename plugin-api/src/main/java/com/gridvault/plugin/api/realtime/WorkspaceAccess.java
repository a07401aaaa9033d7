package com.gridvault.plugin.api.realtime;

import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Map;

/**
 * Host services for one workspace, checked for the connected user when it was opened and scoped to
 * that workspace's organization: its AI routing and budget, its model packs, its audit log and this
 * plugin's settings for the workspace. Each call re-checks the user's membership, so a user removed
 * while connected loses access.
 */
public interface WorkspaceAccess {

    /**
     * Returns the workspace id.
     *
     * @return the id
     */
    String workspaceId();

    /**
     * Returns whether the user's role may change the workspace's content (ANALYST and above), as
     * opposed to only reading it (VIEWER).
     *
     * @return true when writes are allowed
     */
    boolean mayWrite();

    /**
     * Returns this plugin's settings for the workspace as a JSON object (see {@link
     * com.gridvault.plugin.api.config.WorkspaceSettingsSpec}), or the plugin's defaults when none
     * were stored.
     *
     * @return the settings JSON
     */
    String settingsJson();

    /**
     * Asks the organization's AI, through its routing policy for formula work: fallbacks, retries,
     * budgets and usage accounting apply as for any other call.
     *
     * @param request the chat request (no streaming)
     * @return the answer
     * @throws AiProviderException when no provider is configured, the budget is spent or every route failed;
     *     its message can be shown to the user
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Runs a financial model of an installed model pack synchronously, within the appliance's limit
     * for work done in one request.
     *
     * @param modelId the model id, e.g. {@code valuation.dcf}
     * @param inputJson the model's input as a JSON object
     * @return the model's output as a JSON object
     * @throws InvalidInputException when the model is unknown or rejects the input (field errors say why)
     */
    String runModel(String modelId, String inputJson);

    /**
     * Appends an entry to the organization's audit log with the connected user as the actor.
     *
     * @param action what happened, e.g. {@code excel.change.applied}
     * @param target what it happened to, e.g. {@code workbook:wb-1!DCF!C5}
     * @param details a few facts worth keeping (kind, cells, the question that caused it)
     */
    void audit(String action, String target, Map<String, String> details);
}
