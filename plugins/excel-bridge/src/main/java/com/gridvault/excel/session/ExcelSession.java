package com.gridvault.excel.session;

import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.AutonomyPolicy;
import com.gridvault.excel.autonomy.CheckpointLog;
import com.gridvault.excel.autonomy.Decision;
import com.gridvault.excel.formula.Finding;
import com.gridvault.excel.formula.FormulaReport;
import com.gridvault.excel.model.ModelDetection;
import com.gridvault.excel.protocol.ErrorCode;
import com.gridvault.excel.protocol.ProtocolError;
import com.gridvault.excel.protocol.ProtocolVersions;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.ProtocolSession;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import java.util.Optional;
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

    private WorkspaceAccess workspace;
    private String workbookId;
    private WorkbookSnapshot snapshot;
    private FormulaReport report;
    private ModelDetection model;
    private Payloads.RangeRef selection;

    ExcelSession(ProtocolPeer peer, SessionServices services) {
        this.peer = peer;
        this.services = services;
        this.changes = new Changes(peer);
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

    @Override
    public void closed() {
        workspace = null;
        snapshot = null;
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
        snapshot = null;
        report = null;
        model = null;
        selection = null;
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
        WorkbookSnapshot received = withUsedRanges(read(message, WorkbookSnapshot.class));
        if (received.sheets().size() > services.validator().limits().maxSheets()
                || received.cellCount() > services.validator().limits().maxCells()) {
            throw new SessionError(
                    ErrorCode.SNAPSHOT_TOO_LARGE,
                    "the snapshot has " + received.sheets().size()
                            + " sheets and " + received.cellCount() + " cells; the limits are "
                            + services.validator().limits().maxSheets() + " sheets and "
                            + services.validator().limits().maxCells()
                            + " cells: send the sheets that matter or the selection");
        }
        services.validator().check(received);
        if (!received.workbookId().equals(workbookId)) {
            throw new InvalidInputException("workbookId", "must be the workbook of this session, '" + workbookId + "'");
        }
        snapshot = received;
        report = services.analyzer().analyze(received);
        model = services.detector().detect(received);
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
        send("selection.context", message.id(), SelectionView.of(snapshot, range, report));
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
                    .chat(AskPrompt.request(ask.question(), snapshot, selection, model, near))
                    .content();
        } catch (RuntimeException e) {
            throw new SessionError(ErrorCode.AI_UNAVAILABLE, aiProblem(e));
        }
        AiAnswer.Converted answer = AiAnswer.parse(content).toActions(snapshot, changes::nextId);
        changes.propose(message, answer.answer(), answer.actions(), ask.question(), context());
    }

    private void modelRun(ProtocolMessage message) {
        Payloads.ModelRunRequest request = read(message, Payloads.ModelRunRequest.class);
        requireSnapshot();
        if (request.modelId() == null || request.inputs() == null || request.output() == null) {
            throw new InvalidInputException(
                    "payload", "modelId, inputs {sheet, range} and output {sheet, cell} are required");
        }
        var origin = com.gridvault.excel.snapshot.CellAddress.tryParse(
                request.output().cell());
        if (origin == null || snapshot.sheet(request.output().sheet()) == null) {
            throw new InvalidInputException("output", "must name a sheet of the snapshot and one A1 cell");
        }
        String input = ModelRunTable.inputs(
                snapshot.sheet(request.inputs().sheet()), request.inputs().range());
        String output;
        try {
            output = workspace.runModel(request.modelId(), input);
        } catch (InvalidInputException e) {
            throw new SessionError(
                    ErrorCode.MODEL_FAILED,
                    "the model " + request.modelId() + " refused the inputs: " + e.getMessage(),
                    e.errors());
        }
        var states = ModelRunTable.outputs(output, origin);
        ProposedAction action = Previews.cellAction(
                changes.nextId(),
                com.gridvault.excel.action.ActionKind.WRITE_VALUES,
                snapshot,
                request.output().sheet(),
                null,
                "results of " + request.modelId() + " for the inputs in "
                        + request.inputs().sheet() + "!" + request.inputs().range(),
                states);
        ProposedAction withTarget = new ProposedAction(
                action.id(),
                action.kind(),
                action.sheet(),
                SelectionView.bounds(states.keySet()),
                action.description(),
                action.changes());
        changes.propose(
                message,
                "Ran " + request.modelId() + ".",
                List.of(withTarget),
                "model.run " + request.modelId(),
                context());
    }

    /** Sheets sent without their used range get the one their cells span. */
    private static WorkbookSnapshot withUsedRanges(WorkbookSnapshot snapshot) {
        if (snapshot.sheets().stream()
                .allMatch(s ->
                        s == null || s.usedRangeTopLeft() != null || s.cells().isEmpty())) {
            return snapshot;
        }
        return new WorkbookSnapshot(
                snapshot.workbookId(),
                snapshot.sheets().stream()
                        .map(s -> s == null || s.usedRangeTopLeft() != null ? s : SheetSnapshot.of(s.name(), s.cells()))
                        .toList(),
                snapshot.names());
    }

    private Changes.Context context() {
        return new Changes.Context(workspace, workbookId, snapshot, this::decide, updated -> snapshot = updated);
    }

    private Decision decide(ProposedAction action, WorkbookSnapshot against) {
        if (!workspace.mayWrite()) {
            return new Decision(
                    com.gridvault.excel.autonomy.Outcome.REFUSE, "your role may read this workspace but not change it");
        }
        return new AutonomyPolicy(settings().toAutonomy()).decide(action, against);
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
        if (snapshot == null) {
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

    /** The log shared by this session's workbook, for tests. */
    CheckpointLog log() {
        return changes.log();
    }
}
