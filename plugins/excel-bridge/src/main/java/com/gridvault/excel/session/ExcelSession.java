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
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.ProtocolSession;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.plugin.api.validation.InvalidInputException;
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

    private void modelRun(ProtocolMessage message) {
        Payloads.ModelRunRequest request = read(message, Payloads.ModelRunRequest.class);
        requireSnapshot();
        if (request.modelId() == null || request.inputs() == null || request.output() == null) {
            throw new InvalidInputException(
                    "payload", "modelId, inputs {sheet, range} and output {sheet, cell} are required");
        }
        CellAddress origin = CellAddress.tryParse(request.output().cell());
        if (origin == null || book.snapshot().sheet(request.output().sheet()) == null) {
            throw new InvalidInputException("output", "must name a sheet of the snapshot and one A1 cell");
        }
        String input = ModelRunTable.inputs(
                book, request.inputs().sheet(), request.inputs().range());
        String output;
        try {
            output = workspace.runModel(request.modelId(), input);
        } catch (InvalidInputException e) {
            throw new SessionError(
                    ErrorCode.MODEL_FAILED,
                    "the model " + request.modelId() + " refused the inputs: " + e.getMessage(),
                    e.errors());
        }
        Map<String, CellState> results = ModelRunTable.outputs(output, origin);
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
                message,
                "Ran " + request.modelId() + ".",
                List.of(action),
                "model.run " + request.modelId(),
                context());
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

    /** The log shared by this session's workbook, for tests. */
    CheckpointLog log() {
        return changes.log();
    }
}
