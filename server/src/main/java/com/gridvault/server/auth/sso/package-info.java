/**
 * Single sign-on in the appliance: LDAP as a second password check, OpenID Connect sign-in with
 * PKCE (the protocols are in the {@code sso} library), linked local accounts, and organization roles
 * granted from directory groups.
 */
package com.gridvault.server.auth.sso;
