package com.gridvault.server.auth.mfa;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's security policy. */
@Path("orgs/{orgId}/security-policy")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrgSecurityPolicyResource {

    /**
     * The policy.
     *
     * @param requireMfa members without two-factor authentication get 403 on the organization's
     *     data until they turn it on
     */
    public record Policy(@NotNull Boolean requireMfa) {}

    @Inject
    TenantGuard guard;

    @Inject
    MfaService mfa;

    @Inject
    AuditLog audit;

    @Inject
    com.gridvault.server.auth.CurrentCaller caller;

    @GET
    @Operation(summary = "Returns the organization's security policy")
    public Policy get(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "org:read");
        return new Policy(mfa.required(orgId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the security policy, e.g. require two-factor authentication of every member")
    public Policy put(@PathParam("orgId") String orgId, @Valid @NotNull Policy policy) {
        guard.organization(orgId, "org:update");
        if (policy.requireMfa() && !mfa.enabled(caller.principal().userId())) {
            throw new com.gridvault.server.errors.ApiException(
                    com.gridvault.server.errors.ProblemType.CONFLICT,
                    "Turn on your own two-factor authentication first, or you would lock yourself out");
        }
        mfa.require(orgId, policy.requireMfa());
        audit.record(AuditEvent.of(orgId, "org.security_policy.changed", Outcome.SUCCESS)
                .withDetail("requireMfa", policy.requireMfa().toString()));
        return new Policy(mfa.required(orgId));
    }
}
