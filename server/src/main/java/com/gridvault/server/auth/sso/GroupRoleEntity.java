package com.gridvault.server.auth.sso;

import com.gridvault.server.tenancy.Role;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One directory group mapped to a role in an organization. */
@Entity
@Table(name = "sso_group_role")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class GroupRoleEntity {

    @Id
    String id;

    @Column(name = "group_name", nullable = false)
    String groupName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    Role role;

    protected GroupRoleEntity() {}

    GroupRoleEntity(String orgId, String groupName, Role role) {
        this.id = orgId + ":" + groupName;
        this.groupName = groupName;
        this.role = role;
    }
}
