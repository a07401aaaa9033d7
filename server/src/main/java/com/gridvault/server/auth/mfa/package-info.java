/**
 * Two-factor authentication with TOTP (RFC 6238) and recovery codes, and organizations' policy
 * requiring it.
 */
package com.gridvault.server.auth.mfa;
