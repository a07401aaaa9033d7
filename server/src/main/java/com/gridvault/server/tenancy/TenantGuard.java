package com.gridvault.server.tenancy;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.PermissionDeniedException;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Authorizes access to an organization's objects. Callers who do not belong to the organization get
 * 404 — the same answer as for an id that does not exist — so ids of other tenants reveal nothing.
 * Members whose role lacks the action get 403.
 */
@RequestScoped
public class TenantGuard {

    @Inject
    CurrentCaller caller;

    @Inject
    WorkspaceRepository workspaces;

    /**
     * Requires an action in an organization.
     *
     * @param orgId the organization
     * @param action e.g. {@code workspace:write}
     * @return the organization id
     */
    public String organization(String orgId, String action) {
        return authorize(orgId, action, "organization", orgId);
    }

    /** Requires an action on a workspace; returns its organization id. */
    public String workspace(String workspaceId, String action) {
        String orgId = workspaces.orgOfWorkspace(workspaceId).orElseThrow(() -> notFound("workspace", workspaceId));
        return authorize(orgId, action, "workspace", workspaceId);
    }

    /** Requires an action on a project; returns its organization id. */
    public String project(String projectId, String action) {
        String orgId = workspaces.orgOfProject(projectId).orElseThrow(() -> notFound("project", projectId));
        return authorize(orgId, action, "project", projectId);
    }

    /** True when the caller administers the appliance itself. */
    public boolean systemAdmin() {
        return caller.principal().systemAdmin();
    }

    private String authorize(String orgId, String action, String kind, String id) {
        if (!caller.isPermitted("org:read:" + orgId)) {
            throw notFound(kind, id);
        }
        if (!caller.isPermitted(action + ":" + orgId)) {
            throw new PermissionDeniedException(action);
        }
        return orgId;
    }

    static ApiException notFound(String kind, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + kind + " with id '" + Problems.clip(id) + "'");
    }
}
