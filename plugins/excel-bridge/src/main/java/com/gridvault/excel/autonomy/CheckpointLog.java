package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.ProposedAction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo for one workbook session.
 *
 * <p>Before a change is applied, {@link #record} stores it (its preview holds the before-state)
 * and clears the redo stack, as editors do. {@link #undo} hands back the latest change to revert
 * and moves it to the redo stack; {@link #redo} moves it back. At most {@code maxDepth} changes
 * are kept; recording beyond that forgets the oldest. Thread-safe.
 */
public final class CheckpointLog {

    /** Default number of undoable changes. */
    public static final int DEFAULT_MAX_DEPTH = 50;

    private final int maxDepth;
    private final Deque<Checkpoint> undo = new ArrayDeque<>();
    private final Deque<Checkpoint> redo = new ArrayDeque<>();
    private long sequence;

    /** Creates a log with {@link #DEFAULT_MAX_DEPTH}. */
    public CheckpointLog() {
        this(DEFAULT_MAX_DEPTH);
    }

    /**
     * Creates a log.
     *
     * @param maxDepth the most undoable changes, at least 1
     */
    public CheckpointLog(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
        }
        this.maxDepth = maxDepth;
    }

    /**
     * Records a change about to be applied; clears redo.
     *
     * @param action the action, with its preview
     * @return the checkpoint
     */
    public synchronized Checkpoint record(ProposedAction action) {
        Checkpoint checkpoint = new Checkpoint(++sequence, Objects.requireNonNull(action, "action"));
        undo.push(checkpoint);
        while (undo.size() > maxDepth) {
            undo.removeLast();
        }
        redo.clear();
        return checkpoint;
    }

    /**
     * Forgets a recorded change that was never applied (the analyst's Excel declined or failed to
     * write it). Only the latest change can be discarded; redo stays cleared, as after any record.
     *
     * @param checkpoint the checkpoint {@link #record} returned
     * @return whether it was the latest change and is now gone
     */
    public synchronized boolean discard(Checkpoint checkpoint) {
        if (!undo.isEmpty() && undo.peek().equals(checkpoint)) {
            undo.pop();
            return true;
        }
        return false;
    }

    /**
     * Takes the latest change to revert; write its {@link Checkpoint#undoStates()}.
     *
     * @return the checkpoint, or empty when there is nothing to undo
     */
    public synchronized Optional<Checkpoint> undo() {
        Checkpoint checkpoint = undo.poll();
        if (checkpoint != null) {
            redo.push(checkpoint);
        }
        return Optional.ofNullable(checkpoint);
    }

    /**
     * Takes the latest undone change to apply again; write its {@link Checkpoint#redoStates()}.
     *
     * @return the checkpoint, or empty when there is nothing to redo
     */
    public synchronized Optional<Checkpoint> redo() {
        Checkpoint checkpoint = redo.poll();
        if (checkpoint != null) {
            undo.push(checkpoint);
        }
        return Optional.ofNullable(checkpoint);
    }

    /**
     * Counts the changes that can be undone.
     *
     * @return the undo depth
     */
    public synchronized int undoDepth() {
        return undo.size();
    }

    /**
     * Counts the changes that can be redone.
     *
     * @return the redo depth
     */
    public synchronized int redoDepth() {
        return redo.size();
    }

    /**
     * Returns the configured depth.
     *
     * @return the most undoable changes
     */
    public int maxDepth() {
        return maxDepth;
    }
}
