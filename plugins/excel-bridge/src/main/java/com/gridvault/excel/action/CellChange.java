package com.gridvault.excel.action;

import java.util.Objects;

/**
 * One cell of a preview: what it holds now and what the action would leave there.
 *
 * @param address the A1 address on the action's sheet
 * @param before the current state ({@link CellState#EMPTY} for an empty cell)
 * @param after the state after the action
 */
public record CellChange(String address, CellState before, CellState after) {

    /** Rejects a missing address; null states become {@link CellState#EMPTY}. */
    public CellChange {
        Objects.requireNonNull(address, "address");
        before = before == null ? CellState.EMPTY : before;
        after = after == null ? CellState.EMPTY : after;
    }
}
