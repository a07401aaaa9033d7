/**
 * Sign-in against an LDAP directory (Active Directory, OpenLDAP, 389 DS) with the UnboundID LDAP SDK:
 * search the user with a service account, bind as the user with the password, read the user's
 * groups. User input only ever reaches the directory as an RFC 4515-escaped filter value.
 */
package com.gridvault.sso.ldap;
