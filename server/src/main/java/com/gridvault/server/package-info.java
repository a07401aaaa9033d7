/**
 * The Gridvault core server. Sub-packages are features ({@code plugins}, {@code auth}, {@code
 * health}, ...); each owns its REST resources, services and persistence. Cross-cutting web concerns
 * live in {@code web}, error mapping in {@code errors} (the one place exceptions become responses).
 */
package com.gridvault.server;
