package com.gridvault.excel.protocol;

import java.util.List;

/**
 * The server proposes actions; the add-in applies the {@code APPLY_AUTOMATICALLY} ones, asks for
 * the {@code ASK} ones and only displays the {@code REFUSE} ones.
 *
 * @param proposals the actions with their decisions, in the order to apply them
 */
public record ProposeActions(List<Proposal> proposals) {

    /** Copies the proposals (null becomes empty). */
    public ProposeActions {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
}
