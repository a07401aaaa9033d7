package com.gridvault.server.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A user's membership in an organization; a directory row, read across organizations for "my orgs".
 * It records where its role came from: granted by hand ({@code manualRole}) and granted by directory
 * groups at single sign-on ({@code ssoRole}); {@code role}, the one in effect, is always the higher
 * of the two (a member manager's change becomes the hand-granted role, see {@link #changeRole}).
 */
@Entity
@Table(name = "membership")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {

    @Id
    @Column(name = "org_id")
    String orgId;

    @Id
    @Column(name = "user_id")
    String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_role")
    Role manualRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "sso_role")
    Role ssoRole;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected MembershipEntity() {}

    private MembershipEntity(String orgId, String userId, Role manualRole, Role ssoRole, OffsetDateTime createdAt) {
        this.orgId = orgId;
        this.userId = userId;
        this.manualRole = manualRole;
        this.ssoRole = ssoRole;
        this.role = Role.higher(manualRole, ssoRole);
        this.createdAt = createdAt;
    }

    /** A membership granted by hand. */
    static MembershipEntity byHand(String orgId, String userId, Role role, OffsetDateTime createdAt) {
        return new MembershipEntity(orgId, userId, role, null, createdAt);
    }

    /** A membership granted by the user's directory groups. */
    static MembershipEntity fromDirectory(String orgId, String userId, Role role, OffsetDateTime createdAt) {
        return new MembershipEntity(orgId, userId, null, role, createdAt);
    }

    /** Composite key. */
    public record Key(String orgId, String userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    Member toMember(String username) {
        return new Member(userId, username, role, createdAt, manualRole, ssoRole);
    }

    // Mutators live here: EclipseLink's woven change tracking only sees writes made by the entity itself.

    /**
     * A member manager sets the role by hand: it becomes the hand-granted role and the role in
     * effect; the directory's grant is forgotten until the member's next single sign-on.
     */
    void changeRole(Role newRole) {
        this.role = newRole;
        this.manualRole = newRole;
        this.ssoRole = null;
    }

    /** Records a hand grant (an accepted invitation) on a membership that had none. */
    void grantByHand(Role granted) {
        if (manualRole == null) {
            this.manualRole = granted;
            this.role = Role.higher(granted, ssoRole);
        }
    }

    /**
     * Sets the role the directory groups grant (null: none) and the role in effect.
     *
     * @return the role in effect; null when the membership has no grant left
     */
    Role directoryRole(Role granted) {
        this.ssoRole = granted;
        this.role = Role.higher(manualRole, granted);
        return role;
    }
}
