/**
 * API keys for scripts and integrations: shown once, stored as a SHA-256 hash with a visible
 * prefix, scoped ({@code read}: safe methods only; {@code write}: everything the owner may do),
 * optionally expiring, with the last-used time recorded.
 */
package com.gridvault.server.auth.apikeys;
