package com.gridvault.server.auth;

import java.io.Serializable;

/**
 * Who made a request.
 *
 * @param userId the account id
 * @param username the sign-in name
 * @param systemAdmin whether the account administers the appliance
 */
public record UserPrincipal(String userId, String username, boolean systemAdmin) implements Serializable {}
