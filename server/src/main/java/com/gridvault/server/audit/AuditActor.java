package com.gridvault.server.audit;

/**
 * Who acted.
 *
 * @param userId the account id; null when the account is unknown (e.g. a login with a wrong name)
 * @param name the sign-in name as presented
 */
public record AuditActor(String userId, String name) {}
