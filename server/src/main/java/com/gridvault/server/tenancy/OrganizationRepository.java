package com.gridvault.server.tenancy;

import java.util.List;
import java.util.Optional;

/** Organizations and memberships (the directory that says who belongs where). */
public interface OrganizationRepository {

    void create(Organization organization, String ownerUserId);

    Optional<Organization> find(String orgId);

    /** Organizations the user belongs to, with the user's role, after {@code cursor}, at most {@code limit + 1}. */
    List<Organization> forUser(String userId, String cursor, int limit);

    /** All organizations (system administrators), after {@code cursor}, at most {@code limit + 1}. */
    List<Organization> all(String cursor, int limit);

    void rename(String orgId, String name, Plan plan);

    void delete(String orgId);

    Optional<Role> roleOf(String orgId, String userId);

    /** Every membership of a user: organization id to role. */
    java.util.Map<String, Role> memberships(String userId);

    List<Member> members(String orgId, String cursor, int limit);

    void addMember(String orgId, String userId, Role role);

    boolean changeRole(String orgId, String userId, Role role);

    boolean removeMember(String orgId, String userId);

    long countOwners(String orgId);
}
