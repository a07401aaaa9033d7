package com.gridvault.excel.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellChange;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointLogTest {

    private static ProposedAction write(String id, double before, double after) {
        return new ProposedAction(
                id,
                ActionKind.WRITE_VALUES,
                "S",
                "A1",
                "",
                List.of(new CellChange("A1", CellState.value(before), CellState.value(after))));
    }

    @Test
    void undoReturnsTheBeforeStateAndRedoTheAfterState() {
        CheckpointLog log = new CheckpointLog();
        log.record(write("one", 1, 2));
        log.record(write("two", 2, 3));

        Checkpoint undone = log.undo().orElseThrow();
        assertThat(undone.action().id()).isEqualTo("two");
        assertThat(undone.undoStates()).isEqualTo(Map.of("A1", CellState.value(2.0)));
        assertThat(log.undoDepth()).isEqualTo(1);
        assertThat(log.redoDepth()).isEqualTo(1);

        Checkpoint redone = log.redo().orElseThrow();
        assertThat(redone).isSameAs(undone);
        assertThat(redone.redoStates()).isEqualTo(Map.of("A1", CellState.value(3.0)));
        assertThat(log.redo()).isEmpty();
    }

    @Test
    void undoWalksBackInOrderUntilEmpty() {
        CheckpointLog log = new CheckpointLog();
        log.record(write("one", 1, 2));
        log.record(write("two", 2, 3));
        log.record(write("three", 3, 4));

        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("three");
        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("two");
        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("one");
        assertThat(log.undo()).isEmpty();
        assertThat(log.redoDepth()).isEqualTo(3);
    }

    @Test
    void newChangeClearsRedo() {
        CheckpointLog log = new CheckpointLog();
        log.record(write("one", 1, 2));
        log.undo();
        assertThat(log.redoDepth()).isEqualTo(1);

        log.record(write("other", 1, 5));

        assertThat(log.redoDepth()).isZero();
        assertThat(log.redo()).isEmpty();
        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("other");
    }

    @Test
    void depthIsBoundedAndForgetsTheOldest() {
        CheckpointLog log = new CheckpointLog(2);
        Checkpoint first = log.record(write("one", 1, 2));
        log.record(write("two", 2, 3));
        Checkpoint third = log.record(write("three", 3, 4));

        assertThat(third.sequence()).isGreaterThan(first.sequence());
        assertThat(log.undoDepth()).isEqualTo(2);
        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("three");
        assertThat(log.undo()).get().extracting(c -> c.action().id()).isEqualTo("two");
        assertThat(log.undo()).isEmpty();
        assertThatThrownBy(() -> new CheckpointLog(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
