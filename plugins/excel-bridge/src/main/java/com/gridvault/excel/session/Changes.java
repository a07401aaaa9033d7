package com.gridvault.excel.session;

import com.gridvault.excel.action.ProposedAction;
import com.gridvault.excel.autonomy.Checkpoint;
import com.gridvault.excel.autonomy.CheckpointLog;
import com.gridvault.excel.autonomy.Decision;
import com.gridvault.excel.autonomy.Outcome;
import com.gridvault.excel.protocol.ApplyResult;
import com.gridvault.excel.protocol.ApplyStatus;
import com.gridvault.excel.protocol.ErrorCode;
import com.gridvault.excel.protocol.Proposal;
import com.gridvault.excel.snapshot.IndexedWorkbook;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The life of a change in one session: proposed with the policy's verdict, approved by the analyst
 * (or applied automatically), checkpointed before the task pane is told to write it, then recorded
 * as applied (and audited) or discarded. Undo and redo send the checkpoint's states back through the
 * same apply/result exchange. The task pane writes nothing except what {@code actions.apply} says.
 */
final class Changes {

    /** Proposals remembered per session for approval; older ones expire. */
    static final int MAX_OFFERED = 500;

    /** What a session hands in for one request. */
    record Context(
            WorkspaceAccess workspace,
            String workbookId,
            IndexedWorkbook book,
            Function<ProposedAction, Decision> decider,
            Consumer<IndexedWorkbook> update) {}

    private record Offered(ProposedAction action, String question) {}

    private record Pending(ProposedAction written, String reason, Checkpoint checkpoint, String question) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProtocolPeer peer;
    private final Map<String, Offered> offered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Offered> eldest) {
            return size() > MAX_OFFERED;
        }
    };
    private final Map<String, Pending> pending = new HashMap<>();
    private final String idPrefix = "a" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    private CheckpointLog log;
    private long ids;

    Changes(ProtocolPeer peer) {
        this.peer = peer;
    }

    /** Starts over for a new hello: the workbook's shared history, nothing offered or pending. */
    void reset(CheckpointLog workbookLog) {
        this.log = workbookLog;
        offered.clear();
        pending.clear();
    }

    CheckpointLog log() {
        return log;
    }

    /** A new action id, unique across the sessions of a workbook. */
    String nextId() {
        return idPrefix + "-" + (++ids);
    }

    void propose(ProtocolMessage request, String answer, List<ProposedAction> actions, String question, Context ctx) {
        List<Proposal> proposals = new ArrayList<>(actions.size());
        for (ProposedAction action : actions) {
            Decision decision = ctx.decider().apply(action);
            proposals.add(new Proposal(action, decision));
            if (decision.outcome() != Outcome.APPLY_AUTOMATICALLY) {
                offered.put(action.id(), new Offered(action, question));
            }
        }
        send("actions.propose", request.id(), new Payloads.Proposals(answer, proposals));
        for (Proposal proposal : proposals) {
            if (proposal.decision().outcome() == Outcome.APPLY_AUTOMATICALLY) {
                apply(null, proposal.action(), "automatic", question);
            }
        }
    }

    void approve(ProtocolMessage request, String actionId, Context ctx) {
        Offered offer = actionId == null ? null : offered.get(actionId);
        if (offer == null) {
            throw new SessionError(
                    ErrorCode.UNKNOWN_ACTION,
                    "no open proposal '" + actionId + "' in this session (already applied, declined or expired)");
        }
        Decision decision = ctx.decider().apply(offer.action());
        if (decision.stale()) {
            offered.remove(actionId);
            throw new SessionError(ErrorCode.STALE_PREVIEW, decision.reason() + "; ask again");
        }
        if (decision.outcome() == Outcome.REFUSE) {
            throw new SessionError(ErrorCode.ACTION_REFUSED, decision.reason());
        }
        offered.remove(actionId);
        apply(request.id(), offer.action(), "approved", offer.question());
    }

    void result(ProtocolMessage request, ApplyResult result, Context ctx) {
        Pending done = result.actionId() == null ? null : pending.remove(result.actionId());
        if (done == null) {
            throw new SessionError(
                    ErrorCode.UNKNOWN_ACTION, "no change '" + result.actionId() + "' is waiting for a result");
        }
        if (result.status() == ApplyStatus.APPLIED) {
            ctx.update().accept(Previews.written(ctx.book(), done.written()));
            audit(ctx, done, result);
        } else {
            switch (done.reason()) {
                case "undo" -> log.redo(); // not undone after all: back onto the undo stack
                case "redo" -> log.undo();
                default -> log.discard(done.checkpoint());
            }
        }
        send(
                "actions.recorded",
                request.id(),
                new Payloads.Recorded(result.actionId(), result.status(), log.undoDepth(), log.redoDepth()));
    }

    void undo(ProtocolMessage request, Context ctx) {
        revert(request, ctx, true);
    }

    void redo(ProtocolMessage request, Context ctx) {
        revert(request, ctx, false);
    }

    /** Undo (or redo) through the same apply/result exchange as any change. */
    private void revert(ProtocolMessage request, Context ctx, boolean undo) {
        requireWrite(ctx);
        String reason = undo ? "undo" : "redo";
        Checkpoint checkpoint = (undo ? log.undo() : log.redo())
                .orElseThrow(() -> new SessionError(
                        undo ? ErrorCode.NOTHING_TO_UNDO : ErrorCode.NOTHING_TO_REDO, "nothing to " + reason));
        ProposedAction action = undo ? Previews.undoOf(checkpoint, nextId()) : Previews.redoOf(checkpoint, nextId());
        pending.put(action.id(), new Pending(action, reason, checkpoint, null));
        send("actions.apply", request.id(), new Payloads.Apply(action.id(), reason, action));
    }

    /** Stores the checkpoint, then tells the task pane to write. */
    private void apply(String replyTo, ProposedAction action, String reason, String question) {
        Checkpoint checkpoint = log.record(action);
        pending.put(action.id(), new Pending(action, reason, checkpoint, question));
        send("actions.apply", replyTo, new Payloads.Apply(action.id(), reason, action));
    }

    private static void requireWrite(Context ctx) {
        if (!ctx.workspace().mayWrite()) {
            throw new SessionError(ErrorCode.ACTION_REFUSED, "your role may read this workspace but not change it");
        }
    }

    private void audit(Context ctx, Pending done, ApplyResult result) {
        ProposedAction action = done.written();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", action.kind().name());
        details.put("reason", done.reason());
        details.put("cells", Integer.toString(action.changes().size()));
        details.put("description", cut(action.description(), 500));
        if (done.question() != null) {
            details.put("question", cut(done.question(), 500));
        }
        if (result.message() != null && !result.message().isBlank()) {
            details.put("message", cut(result.message(), 200));
        }
        String event =
                switch (done.reason()) {
                    case "undo" -> "excel.change.undone";
                    case "redo" -> "excel.change.redone";
                    default -> "excel.change.applied";
                };
        ctx.workspace()
                .audit(event, "workbook:" + ctx.workbookId() + "!" + action.sheet() + "!" + action.target(), details);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    private void send(String type, String replyTo, Object payload) {
        peer.send(type, replyTo, ExcelJson.write(payload));
    }
}
