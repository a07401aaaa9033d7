package com.gridvault.excel.session;

import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.formula.Finding;
import com.gridvault.excel.protocol.ApplyStatus;
import com.gridvault.excel.protocol.Proposal;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SnapshotLimits;
import java.util.List;
import java.util.Map;

/** The payloads the bridge adds when it runs over the hub (see docs/EXCEL-PROTOCOL.md). */
final class Payloads {

    private Payloads() {}

    /** {@code excel.hello}: the protocol's hello plus the workspace and workbook of the session. */
    record SessionHello(
            String clientVersion, List<Integer> protocolVersions, String host, String workspaceId, String workbookId) {}

    /** {@code excel.hello.ack}. */
    record SessionHelloAck(
            int protocolVersion,
            String serverVersion,
            SnapshotLimits limits,
            int autonomyLevel,
            ExcelSettings autonomy,
            boolean mayWrite) {}

    /** {@code excel.ask}. */
    record Ask(String question) {}

    /** {@code excel.actions.approve}. */
    record Approve(String actionId) {}

    /** A range of a sheet. */
    record RangeRef(String sheet, String range) {}

    /** One cell of a sheet. */
    record CellRef(String sheet, String cell) {}

    /** {@code excel.model.run}. */
    record ModelRunRequest(String modelId, RangeRef inputs, CellRef output) {}

    /** {@code excel.range.read}: the session asks the task pane for the live cells of a range. */
    record RangeRead(String requestId, String sheet, String range) {}

    /**
     * {@code excel.range.data}: the task pane's answer to a {@link RangeRead}, its non-empty cells, or
     * why it could not read them.
     */
    record RangeData(String requestId, String sheet, String range, List<CellSnapshot> cells, String error) {
        RangeData {
            cells = cells == null ? List.of() : cells;
        }
    }

    /** {@code excel.actions.propose}: the assistant's answer and its proposals with their verdicts. */
    record Proposals(String answer, List<Proposal> proposals) {}

    /** {@code excel.actions.apply}: what the task pane must write now, and why. */
    record Apply(String actionId, String reason, ProposedAction action) {}

    /** {@code excel.actions.recorded}. */
    record Recorded(String actionId, ApplyStatus status, int undoDepth, int redoDepth) {}

    /** A finding as the task pane shows it. */
    record FindingView(String kind, String severity, String sheet, String address, String message) {
        static FindingView of(Finding f) {
            return new FindingView(f.kind().name(), f.severity().name(), f.sheet(), f.address(), f.message());
        }
    }

    /** {@code excel.check.report}. */
    record CheckReport(
            String modelType, double modelConfidence, long cells, int formulas, List<FindingView> findings) {}

    /** {@code excel.selection.context}. */
    record SelectionContext(
            String sheet,
            String range,
            int cells,
            int formulas,
            Map<String, Object> values,
            List<FindingView> findings) {}
}
