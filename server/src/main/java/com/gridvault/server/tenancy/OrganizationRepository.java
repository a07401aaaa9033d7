package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organizations and memberships (the directory that says who belongs where). */
public interface OrganizationRepository {

    /** Fields organization lists sort by (besides {@code id}). */
    List<String> SORTABLE = List.of("name", "createdAt");

    /** Fields member lists sort by (besides {@code id}, the user id). */
    List<String> MEMBER_SORTABLE = List.of("username", "since");

    /** Stores an organization with its creator as OWNER (granted by hand). */
    void create(Organization organization, String ownerUserId);

    Optional<Organization> find(String orgId);

    /**
     * Organizations the user belongs to, with the user's role.
     *
     * @param q keeps organizations whose name contains it, ignoring case; null for all
     */
    Page<Organization> forUser(String userId, String q, PageRequest page);

    /** All organizations (system administrators); {@code q} as in {@link #forUser}. */
    Page<Organization> all(String q, PageRequest page);

    void rename(String orgId, String name, Plan plan);

    void delete(String orgId);

    Optional<Role> roleOf(String orgId, String userId);

    /** Every membership of a user: organization id to role. */
    Map<String, Role> memberships(String userId);

    /**
     * Members of an organization.
     *
     * @param q keeps members whose user name contains it, ignoring case; null for all
     * @param role keeps members with this role in effect; null for all
     */
    Page<Member> members(String orgId, String q, Role role, PageRequest page);

    /** Adds a membership granted by hand. */
    void addMember(String orgId, String userId, Role role);

    /**
     * Grants a role by hand (an accepted invitation): adds the membership, or records the grant on
     * one that only single sign-on had granted. A membership already granted by hand is unchanged.
     */
    void grantByHand(String orgId, String userId, Role role);

    /** Sets a member's role by hand; false when not a member. */
    boolean changeRole(String orgId, String userId, Role role);

    boolean removeMember(String orgId, String userId);

    long countOwners(String orgId);

    /**
     * Sets the role the user's directory groups grant in an organization and updates the membership:
     * adds it, raises or lowers it to the higher of this and the hand-granted role, or removes it
     * when neither is left.
     *
     * @param role the role the groups grant; null for none
     * @return the role in effect afterwards; empty when the user is (now) not a member
     */
    Optional<Role> setDirectoryRole(String orgId, String userId, Role role);

    /** Every membership of a user with where its role came from: organization id to member. */
    Map<String, Member> grants(String userId);
}
