/**
 * MicroProfile Health checks behind {@code /health/live}, {@code /health/ready} and
 * {@code /health/started}. A FAILED plugin never makes the appliance unready; an unreachable
 * database or an unfinished start does.
 */
package com.gridvault.server.health;
