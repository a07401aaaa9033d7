/**
 * The Excel bridge engine: the server side of the Excel task pane, as a PF4J plugin.
 *
 * <p>Sub-packages by feature: {@code snapshot} (what the add-in sends), {@code formula} (checks
 * without an LLM), {@code model} (model-type detection), {@code action} (proposed changes with
 * their preview), {@code autonomy} (what may be written without asking, undo/redo) and {@code
 * protocol} (the versioned message envelope).
 */
package com.gridvault.excel;
