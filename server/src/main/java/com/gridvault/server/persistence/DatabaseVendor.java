package com.gridvault.server.persistence;

import java.util.Locale;

/** The databases Gridvault supports. */
public enum DatabaseVendor {
    /** Embedded H2: evaluation and single-user trials only. */
    H2,
    /** PostgreSQL: production. */
    POSTGRESQL;

    /**
     * Identifies the vendor from JDBC metadata.
     *
     * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
     * @return the vendor
     * @throws IllegalStateException for unsupported databases
     */
    public static DatabaseVendor fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException(
                "Unsupported database '" + productName + "'; Gridvault runs on PostgreSQL (or H2 for evaluation)");
    }

    /** True when this database must not be used in production. */
    public boolean evaluationOnly() {
        return this == H2;
    }
}
