/**
 * Bearer tokens: short-lived signed JWT access tokens (HS256 with a {@code kid}, keys generated at
 * first start and rotatable) and opaque refresh tokens that rotate on every use; presenting an
 * already-rotated refresh token revokes its whole family.
 */
package com.gridvault.server.auth.tokens;
