package com.gridvault.server.auth.sso;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.tenancy.Role;
import com.gridvault.server.tenancy.TenantGuard;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which directory groups (LDAP groups, OIDC group or role claims) become which role in the
 * organization; applied at each single sign-on: the role is granted, raised or lowered to the
 * highest mapped group's, and taken away when no mapped group is left (memberships granted by hand
 * keep their hand-granted role).
 */
@Path("orgs/{orgId}/sso/group-roles")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class GroupRolesResource {

    /** The mapping: group name -> role. */
    public record Mapping(@NotNull @Size(max = 500) Map<@Size(min = 1, max = 256) String, @NotNull Role> groups) {}

    @Inject
    TenantGuard guard;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @GET
    @Transactional
    @Operation(summary = "Returns the organization's group-to-role mapping for single sign-on")
    public Mapping get(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "member:manage");
        Map<String, Role> groups = new TreeMap<>();
        TenantScope.of(em, orgId)
                .createQuery("select g from GroupRoleEntity g", GroupRoleEntity.class)
                .getResultStream()
                .forEach(g -> groups.put(g.groupName, g.role));
        return new Mapping(groups);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Replaces the organization's group-to-role mapping for single sign-on")
    public Mapping put(@PathParam("orgId") String orgId, @Valid @NotNull Mapping mapping) {
        guard.organization(orgId, "member:manage");
        EntityManager scoped = TenantScope.of(em, orgId);
        scoped.createQuery("delete from GroupRoleEntity g").executeUpdate();
        mapping.groups().forEach((group, role) -> scoped.persist(new GroupRoleEntity(orgId, group.strip(), role)));
        audit.record(AuditEvent.of(orgId, "sso.group_roles.changed", Outcome.SUCCESS)
                .withDetail("groups", Integer.toString(mapping.groups().size())));
        return mapping;
    }
}
