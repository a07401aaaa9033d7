package com.gridvault.server.realtime;

import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.AiRouterException;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.realtime.HubPrincipal;
import com.gridvault.server.audit.AuditActor;
import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.mfa.MfaService;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.models.ModelCatalog;
import com.gridvault.server.models.ModelRunner;
import com.gridvault.server.plugins.settings.WorkspacePluginSettings;
import com.gridvault.server.tenancy.OrganizationRepository;
import com.gridvault.server.tenancy.Role;
import com.gridvault.server.tenancy.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host services a hub protocol gets for a workspace: membership and policy checks on every call,
 * the organization's AI routing (task kind FORMULA), model packs within the synchronous work limit,
 * the audit log with the connected user as actor, and the plugin's settings for the workspace.
 */
@ApplicationScoped
public class WorkspaceServices {

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    OrganizationRepository organizations;

    @Inject
    MfaService mfa;

    @Inject
    AiRouter router;

    @Inject
    ModelCatalog models;

    @Inject
    ModelRunner runner;

    @Inject
    AuditLog audit;

    @Inject
    WorkspacePluginSettings settings;

    /**
     * Opens a workspace for a user of a plugin's protocol.
     *
     * @param principal the connected user
     * @param pluginId the plugin whose protocol asks
     * @param workspaceId the workspace
     * @return the services, or empty when the workspace does not exist or the user may not read it
     */
    public Optional<WorkspaceAccess> open(HubPrincipal principal, String pluginId, String workspaceId) {
        return workspaces
                .orgOfWorkspace(workspaceId)
                .filter(orgId -> role(orgId, principal).isPresent())
                .map(orgId -> new Access(principal, pluginId, orgId, workspaceId));
    }

    /** The user's role when it may read workspaces and the organization's policies are met. */
    private Optional<Role> role(String orgId, HubPrincipal principal) {
        return organizations
                .roleOf(orgId, principal.userId())
                .filter(role -> role.actions().contains("workspace:read"))
                .filter(role -> !mfa.required(orgId) || mfa.enabled(principal.userId()));
    }

    private final class Access implements WorkspaceAccess {

        private final HubPrincipal principal;
        private final String pluginId;
        private final String orgId;
        private final String workspaceId;

        Access(HubPrincipal principal, String pluginId, String orgId, String workspaceId) {
            this.principal = principal;
            this.pluginId = pluginId;
            this.orgId = orgId;
            this.workspaceId = workspaceId;
        }

        @Override
        public String workspaceId() {
            return workspaceId;
        }

        @Override
        public boolean mayWrite() {
            return may("project:write");
        }

        @Override
        public String settingsJson() {
            require("workspace:read");
            return settings.read(orgId, workspaceId, pluginId);
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            require("ai:use");
            try {
                return router.chat(CallContext.of(orgId, principal.userId()), TaskKind.FORMULA, request)
                        .response();
            } catch (AiRouterException e) {
                // The router's messages are written for users: no keys, no provider internals.
                throw new AiProviderException(AiProviderException.Kind.UNAVAILABLE, e.getMessage(), null);
            }
        }

        @Override
        public String runModel(String modelId, String inputJson) {
            require("model:run");
            try {
                return runner.evaluate(models.find(modelId), inputJson).output().toString();
            } catch (ApiException e) {
                List<FieldError> fields = e.errors().stream()
                        .map(f -> new FieldError(f.field(), f.message()))
                        .toList();
                throw fields.isEmpty()
                        ? new InvalidInputException("model", e.getMessage())
                        : new InvalidInputException(fields);
            } catch (JsonbException e) {
                throw new InvalidInputException("inputs", "do not fit the model's input: " + firstLine(e.getMessage()));
            }
        }

        @Override
        public void audit(String action, String target, Map<String, String> details) {
            int colon = target == null ? -1 : target.indexOf(':');
            Map<String, String> all = new java.util.HashMap<>(details);
            all.put("workspace", workspaceId);
            all.put("plugin", pluginId);
            audit.record(new AuditEvent(
                    orgId,
                    action,
                    colon > 0 ? target.substring(0, colon) : "workspace",
                    colon > 0 ? target.substring(colon + 1) : workspaceId,
                    Outcome.SUCCESS,
                    all,
                    new AuditActor(principal.userId(), principal.username()),
                    null));
        }

        private boolean may(String action) {
            return role(orgId, principal)
                            .filter(role -> role.actions().contains(action))
                            .isPresent()
                    && workspaces
                            .orgOfWorkspace(workspaceId)
                            .filter(orgId::equals)
                            .isPresent();
        }

        private void require(String action) {
            if (!may(action)) {
                throw new InvalidInputException("workspace", "you no longer have '" + action + "' in this workspace");
            }
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }
}
