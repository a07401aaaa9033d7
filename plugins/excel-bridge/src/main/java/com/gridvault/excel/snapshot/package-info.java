/**
 * Immutable snapshots of a workbook as the add-in sends them, and their limits.
 *
 * <p>Value types only: no JSON binding, no POI. {@link com.gridvault.excel.snapshot.SnapshotValidator}
 * checks a snapshot at the boundary and names every bad field.
 */
package com.gridvault.excel.snapshot;
