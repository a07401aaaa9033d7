package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/**
 * A member of an organization.
 *
 * @param userId the account id
 * @param username the sign-in name
 * @param role the role in the organization
 * @param since when the membership began
 */
public record Member(String userId, String username, Role role, OffsetDateTime since) {}
