/**
 * Authentication and authorization through Apache Shiro. Every REST endpoint requires an
 * authenticated caller unless marked {@link com.gridvault.server.auth.PublicEndpoint}; resource
 * methods declare the permission they need with {@link com.gridvault.server.auth.RequiresPermission}.
 * The first start creates a bootstrap administrator whose generated password is written to
 * {@code GRIDVAULT_HOME/data/initial-admin-password} (mode 0600).
 */
package com.gridvault.server.auth;
