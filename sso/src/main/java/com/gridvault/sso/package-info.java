/**
 * The protocol side of single sign-on: OpenID Connect sign-in ({@link com.gridvault.sso.oidc}), LDAP
 * bind ({@link com.gridvault.sso.ldap}) and the mapping of a directory's groups to organization
 * roles ({@link com.gridvault.sso.GroupRoleMapping}). Free of Jakarta EE and of the server: the
 * server keeps the settings, stores pending sign-ins, links identities to accounts and issues its own
 * tokens. Every failure a user can cause or see is an {@link com.gridvault.sso.SsoException} whose
 * message is safe to show.
 */
package com.gridvault.sso;
