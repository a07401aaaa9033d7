package com.gridvault.server.tenancy;

import java.time.OffsetDateTime;

/**
 * A member of an organization. The role in effect is the higher of the role granted by hand and the
 * role the member's directory groups granted at the last single sign-on; a membership with neither
 * ends.
 *
 * @param userId the account id
 * @param username the sign-in name
 * @param role the role in effect in the organization
 * @param since when the membership began
 * @param manualRole the role granted by hand (creator, member manager, invitation); null when none
 * @param ssoRole the role the directory groups grant through the organization's group mapping; null
 *     when none
 */
public record Member(String userId, String username, Role role, OffsetDateTime since, Role manualRole, Role ssoRole) {}
