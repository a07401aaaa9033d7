/**
 * What the assistant may write without asking, and how to take it back.
 *
 * <p>{@link com.gridvault.excel.autonomy.AutonomyPolicy} turns a proposed action, the workbook
 * snapshot and the workspace's {@link com.gridvault.excel.autonomy.AutonomySettings} into a
 * {@link com.gridvault.excel.autonomy.Decision}; {@link
 * com.gridvault.excel.autonomy.CheckpointLog} keeps the before-state of each applied change for
 * undo and redo.
 */
package com.gridvault.excel.autonomy;
