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

    @Inject
    com.gridvault.server.auth.mfa.MfaService mfa;

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

    /**
     * Requires an action on any other tenant-owned object, given its owner lookup.
     *
     * @param kind the object's kind for the 404 message, e.g. {@code document}
     * @param id its id
     * @param owner the owning organization, empty when no such object exists
     * @param action e.g. {@code document:write}
     * @return the organization id
     */
    public String owned(String kind, String id, java.util.Optional<String> owner, String action) {
        String orgId = owner.orElseThrow(() -> notFound(kind, id));
        return authorize(orgId, action, kind, id);
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
        if (mfa.required(orgId) && !mfa.enabled(caller.principal().userId())) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "This organization requires two-factor authentication: turn it on with"
                            + " POST /api/v1/users/me/mfa/totp, then sign in again");
        }
        return orgId;
    }

    static ApiException notFound(String kind, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + kind + " with id '" + Problems.clip(id) + "'");
    }
}
