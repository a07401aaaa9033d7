/**
 * OpenID Connect sign-in with the authorization code flow and PKCE (S256), on the Nimbus OAuth 2.0 /
 * OpenID Connect SDK. {@link com.gridvault.sso.oidc.OidcClient#start()} gives the URL to send the
 * browser to and the values the server keeps until the callback; {@link
 * com.gridvault.sso.oidc.OidcClient#complete} exchanges the code and validates the ID token. Tested
 * against a real provider (mock-oauth2-server) and documented for Microsoft Entra ID and Keycloak.
 */
package com.gridvault.sso.oidc;
