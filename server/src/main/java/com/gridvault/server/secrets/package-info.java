/**
 * Secrets at rest: AES-256-GCM with a master key from {@code GRIDVAULT_MASTER_KEY} (production: from
 * the operator's vault) or generated at first start into {@code data/keys/master.key} (0600). Each
 * ciphertext is bound to its slot (plugin and name) as associated data, so rows cannot be swapped.
 * Plugins read their secrets through {@code PluginContext.secrets()}; nothing returns them over HTTP.
 */
package com.gridvault.server.secrets;
