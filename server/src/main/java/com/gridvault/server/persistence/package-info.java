/**
 * The database: one JTA data source ({@code jdbc/gridvault}, defined by the server), schema owned by
 * Flyway migrations under {@code db/migration}, never by EclipseLink DDL generation. H2 is the
 * evaluation default; PostgreSQL is selected by the JDBC URL alone.
 */
package com.gridvault.server.persistence;
