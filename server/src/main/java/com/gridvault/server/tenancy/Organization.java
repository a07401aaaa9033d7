package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/**
 * An organization as the API shows it.
 *
 * @param id the organization id
 * @param name its name
 * @param plan its plan tier
 * @param createdAt when it was created
 * @param role the caller's role in it (null for system administrators who are not members)
 */
public record Organization(String id, String name, Plan plan, OffsetDateTime createdAt, Role role) {}
