package com.gridvault.excel.session;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.action.CellState;
import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.AutonomyPolicy;
import com.gridvault.excel.autonomy.CheckpointLog;
import com.gridvault.excel.autonomy.Decision;
import com.gridvault.excel.autonomy.Outcome;
import com.gridvault.excel.formula.Finding;
import com.gridvault.excel.formula.FormulaReport;
import com.gridvault.excel.model.ModelDetection;
import com.gridvault.excel.protocol.ErrorCode;
import com.gridvault.excel.protocol.ProtocolError;
import com.gridvault.excel.protocol.ProtocolVersions;
import com.gridvault.excel.protocol.SnapshotProblems;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.ProtocolSession;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One task pane's session: hello with its workspace, the workbook snapshot and selection, questions
 * to the assistant, model runs, and the change lifecycle (propose, approve, apply, record, undo,
 * redo). The hub calls {@link #receive} for one connection at a time, so the state needs no locks;
 * the undo history is shared and synchronizes itself.
 */
final class ExcelSession implements ProtocolSession {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Most characters of a question. */
    static final int MAX_QUESTION = 4_000;

    private final ProtocolPeer peer;
    private final SessionServices services;
    private final Changes changes;
    private final ModelRuns runs;

    private WorkspaceAccess workspace;
    private String workbookId;
    private IndexedWorkbook book;
    private FormulaReport report;
    private ModelDetection model;
    private Payloads.RangeRef selection;

    ExcelSession(ProtocolPeer peer, SessionServices services) {
        this.peer = peer;
        this.services = services;
        this.changes = new Changes(peer);
        this.runs = new ModelRuns(peer);
    }

    @Override
    public void receive(ProtocolMessage message) {
        try {
            if (!"hello".equals(message.type()) && workspace == null) {
                throw new SessionError(
                        ErrorCode.NOT_NEGOTIATED, "send excel.hello first; '" + message.type() + "' came before it");
            }
            switch (message.type()) {
                case "hello" -> hello(message);
                case "workbook.snapshot" -> snapshot(message);
                case "selection.changed" -> selection(message);
                case "ask" -> ask(message);
                case "model.run" -> modelRun(message);
                case "range.data" -> rangeData(message);
                case "actions.approve" ->
                    changes.approve(
                            message, read(message, Payloads.Approve.class).actionId(), context());
                case "actions.result" ->
                    changes.result(message, read(message, com.gridvault.excel.protocol.ApplyResult.class), context());
                case "undo" -> changes.undo(message, context());
                case "redo" -> changes.redo(message, context());
                case "error" -> {
                    // The task pane reporting a problem with a server message: nothing to answer.
                }
                default ->
                    throw new SessionError(
                            ErrorCode.UNKNOWN_TYPE, "unknown message type 'excel." + message.type() + "'");
            }
        } catch (SessionError e) {
            send("error", message.id(), new ProtocolError(e.code(), e.getMessage(), e.fields()));
        } catch (InvalidInputException e) {
            send(
                    "error",
                    message.id(),
                    new ProtocolError(
                            ErrorCode.INVALID_PAYLOAD,
                            "the payload of excel." + message.type() + " is invalid: " + e.getMessage(),
                            e.errors()));
        }
    }

    /**
     * A selection's context is looked up in the snapshot the session holds (its size is bounded by
     * the snapshot limits), and a client's error report is only dropped: neither blocks.
     */
    @Override
    public boolean quick(String type) {
        return "selection.changed".equals(type) || "error".equals(type);
    }

    private void hello(ProtocolMessage message) {
        Payloads.SessionHello hello = read(message, Payloads.SessionHello.class);
        Optional<Integer> version = ProtocolVersions.negotiate(
                hello.protocolVersions() == null ? List.of() : hello.protocolVersions(), ProtocolVersions.SUPPORTED);
        if (version.isEmpty()) {
            throw new SessionError(
                    ErrorCode.UNSUPPORTED_VERSION,
                    "the server speaks protocol versions " + ProtocolVersions.SUPPORTED + ", the add-in "
                            + hello.protocolVersions() + "; update the add-in");
        }
        if (hello.workbookId() == null || !ID.matcher(hello.workbookId()).matches()) {
            throw new InvalidInputException("workbookId", "must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
        if (hello.workspaceId() == null || !ID.matcher(hello.workspaceId()).matches()) {
            throw new InvalidInputException("workspaceId", "is required");
        }
        WorkspaceAccess access = peer.workspace(hello.workspaceId())
                .orElseThrow(
                        () -> new SessionError(ErrorCode.NO_SUCH_WORKSPACE, "no such workspace, or no access to it"));
        workspace = access;
        workbookId = hello.workbookId();
        book = null;
        report = null;
        model = null;
        selection = null;
        runs.reset();
        changes.reset(services.workbooks().log(access.workspaceId(), workbookId));
        ExcelSettings settings = settings();
        send(
                "hello.ack",
                message.id(),
                new Payloads.SessionHelloAck(
                        version.get(),
                        services.serverVersion(),
                        services.validator().limits(),
                        settings.level(),
                        settings,
                        access.mayWrite()));
    }

    private void snapshot(ProtocolMessage message) {
        WorkbookSnapshot received = read(message, WorkbookSnapshot.class);
        SnapshotProblems.of(services.validator(), received).ifPresent(problem -> {
            throw new SessionError(problem.code(), problem.message(), problem.fields());
        });
        if (!received.workbookId().equals(workbookId)) {
            throw new InvalidInputException("workbookId", "must be the workbook of this session, '" + workbookId + "'");
        }
        book = IndexedWorkbook.of(received);
        report = services.analyzer().analyze(book.snapshot());
        model = services.detector().detect(book.snapshot());
        send(
                "check.report",
                message.id(),
                new Payloads.CheckReport(
                        model.type().name(),
                        model.confidence(),
                        received.cellCount(),
                        report.formulaCells(),
                        report.findings().stream()
                                .limit(500)
                                .map(Payloads.FindingView::of)
                                .toList()));
    }

    private void selection(ProtocolMessage message) {
        Payloads.RangeRef range = read(message, Payloads.RangeRef.class);
        requireSnapshot();
        selection = range;
        send("selection.context", message.id(), SelectionView.of(book, range, report));
    }

    private void ask(ProtocolMessage message) {
        Payloads.Ask ask = read(message, Payloads.Ask.class);
        if (ask.question() == null || ask.question().isBlank() || ask.question().length() > MAX_QUESTION) {
            throw new InvalidInputException("question", "must be 1 to " + MAX_QUESTION + " characters");
        }
        requireSnapshot();
        List<Finding> near = selection == null ? report.findings() : SelectionView.findingsIn(report, selection);
        String content;
        try {
            content = workspace
                    .chat(AskPrompt.request(ask.question(), book, selection, model, near))
                    .content();
        } catch (RuntimeException e) {
            throw new SessionError(ErrorCode.AI_UNAVAILABLE, aiProblem(e));
        }
        AiAnswer.Converted answer = AiAnswer.parse(content).toActions(book, changes::nextId);
        changes.propose(message, answer.answer(), answer.actions(), ask.question(), context());
    }

    /** Validates a run and asks the task pane for its input range; {@link #rangeData} completes it. */
    private void modelRun(ProtocolMessage message) {
        Payloads.ModelRunRequest request = read(message, Payloads.ModelRunRequest.class);
        requireSnapshot();
        // The results are previewed against the snapshot, so their sheet must be in it.
        if (request.output() != null
                && request.output().sheet() != null
                && book.snapshot().sheet(request.output().sheet()) == null) {
            throw new InvalidInputException("output.sheet", "must name a sheet of the snapshot");
        }
        runs.start(message.id(), request);
    }

    /**
     * The live cells of a run's input range: runs the model and proposes its results, answering the
     * {@code excel.model.run} (errors about the run answer it too). A read no run waits for is answered
     * itself with {@code UNKNOWN_REQUEST}.
     */
    private void rangeData(ProtocolMessage message) {
        Payloads.RangeData data = read(message, Payloads.RangeData.class);
        ModelRuns.Pending run = runs.complete(data);
        try {
            if (data.error() != null) {
                throw new SessionError(
                        ErrorCode.RANGE_READ_FAILED,
                        "the task pane could not read " + run.request().inputs().sheet() + "!"
                                + run.request().inputs().range() + ": "
                                + data.error()
                                        .substring(0, Math.min(data.error().length(), 300)));
            }
            // A waiting run implies a snapshot: model.run requires one and hello drops the run.
            runModel(run, ModelRuns.cells(run, data));
        } catch (SessionError e) {
            runs.fail(run.replyTo(), new ProtocolError(e.code(), e.getMessage(), e.fields()));
        } catch (InvalidInputException e) {
            runs.fail(
                    run.replyTo(),
                    new ProtocolError(
                            ErrorCode.INVALID_PAYLOAD,
                            "the payload of excel.range.data is invalid: " + e.getMessage(),
                            e.errors()));
        }
    }

    private void runModel(ModelRuns.Pending run, Map<CellAddress, CellSnapshot> cells) {
        Payloads.ModelRunRequest request = run.request();
        refresh(request.inputs().sheet(), run.inputs(), cells);
        String input = ModelRunTable.inputs(cells, run.inputs());
        String output;
        try {
            output = workspace.runModel(request.modelId(), input);
        } catch (InvalidInputException e) {
            throw new SessionError(
                    ErrorCode.MODEL_FAILED,
                    "the model " + request.modelId() + " refused the inputs: " + e.getMessage(),
                    e.errors());
        }
        Map<String, CellState> results = ModelRunTable.outputs(output, run.output());
        ProposedAction action = Previews.cellAction(
                changes.nextId(),
                ActionKind.WRITE_VALUES,
                book,
                request.output().sheet(),
                SelectionView.bounds(results.keySet()),
                "results of " + request.modelId() + " for the inputs in "
                        + request.inputs().sheet() + "!" + request.inputs().range(),
                results);
        changes.propose(
                new ProtocolMessage("model.run", run.replyTo(), null, "{}"),
                "Ran " + request.modelId() + ".",
                List.of(action),
                "model.run " + request.modelId(),
                context());
    }

    /** The snapshot's cells of a range replaced by the live ones read for a run (when it has the sheet). */
    private void refresh(String sheet, CellAddress[] bounds, Map<CellAddress, CellSnapshot> live) {
        if (book.snapshot().sheet(sheet) == null) {
            return;
        }
        Map<CellAddress, CellSnapshot> updated = new HashMap<>(book.cells(sheet));
        updated.keySet().removeIf(a -> a.isIn(bounds));
        live.forEach((address, cell) -> {
            if (!cell.isEmpty()) {
                updated.put(address, cell);
            }
        });
        book = book.withSheet(sheet, updated);
    }

    /**
     * What the change lifecycle needs for this request. The workspace's settings and the user's role are
     * read at most once per request, not once per proposed action.
     */
    private Changes.Context context() {
        Function<ProposedAction, Decision> decider = new Function<>() {
            private AutonomyPolicy policy;
            private Boolean mayWrite;

            @Override
            public Decision apply(ProposedAction action) {
                if (mayWrite == null) {
                    mayWrite = workspace.mayWrite();
                }
                if (!mayWrite) {
                    return new Decision(Outcome.REFUSE, "your role may read this workspace but not change it");
                }
                if (policy == null) {
                    policy = new AutonomyPolicy(settings().toAutonomy());
                }
                return policy.decide(action, book);
            }
        };
        return new Changes.Context(workspace, workbookId, book, decider, updated -> book = updated);
    }

    private ExcelSettings settings() {
        try {
            return ExcelSettingsSpec.read(workspace.settingsJson());
        } catch (InvalidInputException e) {
            // Stored settings that no longer validate: the strictest level rather than a guess.
            return new ExcelSettings(0, null, null);
        }
    }

    private void requireSnapshot() {
        if (book == null) {
            throw new SessionError(ErrorCode.NO_SNAPSHOT, "send excel.workbook.snapshot first");
        }
    }

    private <T> T read(ProtocolMessage message, Class<T> type) {
        return ExcelJson.read(message.payloadJson(), type);
    }

    private void send(String type, String replyTo, Object payload) {
        peer.send(type, replyTo, ExcelJson.write(payload));
    }

    private static String aiProblem(RuntimeException e) {
        String message = e.getMessage();
        return "the assistant is not available: "
                + (message == null || message.isBlank() ? "the AI call failed" : message);
    }

    /** Sets the clock that times out range reads, for tests. */
    void clock(Clock clock) {
        runs.clock(clock);
    }

    /** The workbook as the session knows it, for tests. */
    IndexedWorkbook book() {
        return book;
    }

    /** The log shared by this session's workbook, for tests. */
    CheckpointLog log() {
        return changes.log();
    }
}
