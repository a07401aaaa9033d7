/**
 * Financial models from the enabled model packs: the catalog with JSON Schemas generated from each
 * model's input and output records, and synchronous evaluation of small runs. Stored, re-runnable
 * runs per workspace and large runs as jobs build on this with the tenancy and jobs features.
 */
package com.gridvault.server.models;
