package com.gridvault.server.persistence;

/**
 * What the schema migration found and did at start.
 *
 * @param vendor the database
 * @param productVersion the database's own version string
 * @param schemaVersion the schema version after migrating
 * @param applied how many migrations this start applied
 */
public record MigrationReport(DatabaseVendor vendor, String productVersion, String schemaVersion, int applied) {}
