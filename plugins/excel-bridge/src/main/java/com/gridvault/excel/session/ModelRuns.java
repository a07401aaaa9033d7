package com.gridvault.excel.session;

import com.gridvault.excel.autonomy.Ranges;
import com.gridvault.excel.protocol.ErrorCode;
import com.gridvault.excel.protocol.ProtocolError;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one model run of a session that waits for its input range: {@code excel.model.run} sends
 * {@code excel.range.read} and returns; the task pane's {@code excel.range.data} completes the run.
 * The session never waits inside {@code receive} (the answer would queue behind it), so the run is
 * a continuation kept here.
 *
 * <p>A newer run replaces a waiting one ({@code SUPERSEDED}); a read older than {@link #TIMEOUT} is
 * dropped when the session next touches it ({@code RANGE_READ_TIMEOUT}). Both errors answer the
 * model run they end. Not thread-safe: the hub calls a session for one message at a time.
 */
final class ModelRuns {

    /** How long a run waits for its input range. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * A run waiting for its range.
     *
     * @param replyTo the id of the {@code excel.model.run} the result answers
     * @param requestId the id of the range read, chosen by the session
     * @param request the run
     * @param inputs the bounds of the input range
     * @param output the top-left cell of the results
     * @param sentAt when the read was sent
     */
    record Pending(
            String replyTo,
            String requestId,
            Payloads.ModelRunRequest request,
            CellAddress[] inputs,
            CellAddress output,
            Instant sentAt) {}

    private final ProtocolPeer peer;
    private Clock clock = Clock.systemUTC();
    private long reads;
    private Pending pending;

    ModelRuns(ProtocolPeer peer) {
        this.peer = peer;
    }

    /**
     * Validates a run, ends the one waiting (if any) and asks the task pane for the input range.
     *
     * @throws InvalidInputException when the request is incomplete or a range does not parse
     */
    void start(String messageId, Payloads.ModelRunRequest request) {
        if (request.modelId() == null
                || request.modelId().isBlank()
                || request.inputs() == null
                || request.output() == null) {
            throw new InvalidInputException(
                    "payload", "modelId, inputs {sheet, range} and output {sheet, cell} are required");
        }
        if (request.inputs().sheet() == null || request.inputs().sheet().isBlank()) {
            throw new InvalidInputException("inputs.sheet", "is required");
        }
        CellAddress[] inputs = ModelRunTable.inputBounds(request.inputs().range());
        CellAddress output = CellAddress.tryParse(request.output().cell());
        if (output == null || request.output().sheet() == null) {
            throw new InvalidInputException("output", "must name a sheet and one A1 cell");
        }
        expire();
        if (pending != null) {
            fail(pending, ErrorCode.SUPERSEDED, "a newer excel.model.run replaced this one");
        }
        String requestId = "read-" + (++reads);
        pending = new Pending(messageId, requestId, request, inputs, output, clock.instant());
        peer.send(
                "range.read",
                null,
                ExcelJson.write(new Payloads.RangeRead(
                        requestId, request.inputs().sheet(), request.inputs().range())));
    }

    /**
     * Takes the run a range's cells complete, or throws: a read this session is not waiting for is
     * {@code UNKNOWN_REQUEST} (answered to the {@code range.data} itself).
     *
     * @throws SessionError when no run waits for this read
     */
    Pending complete(Payloads.RangeData data) {
        expire();
        if (pending == null || data.requestId() == null || !pending.requestId().equals(data.requestId())) {
            throw new SessionError(
                    ErrorCode.UNKNOWN_REQUEST,
                    "no excel.range.read '" + data.requestId() + "' is waiting (unknown, answered, replaced or"
                            + " timed out)");
        }
        Pending run = pending;
        pending = null;
        return run;
    }

    /**
     * The cells of a completed read by address, checked against what was asked: the same sheet and
     * range, every cell inside it, at most one per address, values that are numbers, text or booleans.
     *
     * @throws InvalidInputException naming the field that does not match
     */
    static Map<CellAddress, CellSnapshot> cells(Pending run, Payloads.RangeData data) {
        Payloads.RangeRef asked = run.request().inputs();
        if (!asked.sheet().equals(data.sheet())) {
            throw new InvalidInputException("sheet", "must be the sheet that was asked for, '" + asked.sheet() + "'");
        }
        if (!Arrays.equals(run.inputs(), Ranges.parseRange(data.range()))) {
            throw new InvalidInputException("range", "must be the range that was asked for, '" + asked.range() + "'");
        }
        List<CellSnapshot> cells = data.cells();
        if (cells.size() > ModelRunTable.MAX_INPUT_CELLS) {
            throw new InvalidInputException("cells", "must be at most " + ModelRunTable.MAX_INPUT_CELLS);
        }
        Map<CellAddress, CellSnapshot> byAddress = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            CellSnapshot cell = cells.get(i);
            CellAddress address = cell == null ? null : CellAddress.tryParse(cell.address());
            if (address == null || !address.isIn(run.inputs())) {
                throw new InvalidInputException("cells[" + i + "].address", "must be a cell of " + asked.range());
            }
            Object value = cell.value();
            if (value != null && !(value instanceof Double || value instanceof String || value instanceof Boolean)) {
                throw new InvalidInputException("cells[" + i + "].value", "must be a number, text, a boolean or null");
            }
            if (byAddress.put(address, cell) != null) {
                throw new InvalidInputException("cells[" + i + "].address", "appears twice");
            }
        }
        return byAddress;
    }

    /** Drops the waiting run without an answer (a new hello starts over). */
    void reset() {
        pending = null;
    }

    /** Answers a run with an error. */
    void fail(Pending run, ErrorCode code, String message) {
        fail(run.replyTo(), new ProtocolError(code, message, List.of()));
    }

    /** Answers a run with an error. */
    void fail(String replyTo, ProtocolError error) {
        peer.send("error", replyTo, ExcelJson.write(error));
    }

    /** The clock that times reads out, for tests. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    private void expire() {
        if (pending != null && pending.sentAt().plus(TIMEOUT).isBefore(clock.instant())) {
            Pending late = pending;
            pending = null;
            fail(
                    late,
                    ErrorCode.RANGE_READ_TIMEOUT,
                    "the input range did not arrive within " + TIMEOUT.toSeconds() + " s; run the model again");
        }
    }
}
