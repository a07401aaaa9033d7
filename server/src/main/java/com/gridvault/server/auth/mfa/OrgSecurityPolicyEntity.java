package com.gridvault.server.auth.mfa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An organization's security policy; keyed by the organization itself. */
@Entity
@Table(name = "org_security_policy")
public class OrgSecurityPolicyEntity {

    @Id
    @Column(name = "org_id")
    String orgId;

    @Column(name = "require_mfa", nullable = false)
    boolean requireMfa;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected OrgSecurityPolicyEntity() {}

    OrgSecurityPolicyEntity(String orgId, boolean requireMfa, OffsetDateTime now) {
        this.orgId = orgId;
        set(requireMfa, now);
    }

    void set(boolean require, OffsetDateTime now) {
        this.requireMfa = require;
        this.updatedAt = now;
    }
}
