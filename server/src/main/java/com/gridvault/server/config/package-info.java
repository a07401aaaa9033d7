/**
 * Typed, validated access to the appliance configuration (MicroProfile Config: environment,
 * {@code GRIDVAULT_HOME/config/gridvault.env} via the launcher, server variables, defaults).
 */
package com.gridvault.server.config;
