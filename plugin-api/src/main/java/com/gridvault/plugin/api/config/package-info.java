/**
 * How an extension describes and reads its configuration.
 *
 * <p>An extension that needs settings implements {@link com.gridvault.plugin.api.config.Configurable}
 * and lists {@link com.gridvault.plugin.api.config.ConfigOption}s. The host exposes these
 * descriptions through its admin API so that the admin console can render a form for each
 * extension, validates values against them, and stores secret options through the secret service.
 */
package com.gridvault.plugin.api.config;
