package com.gridvault.excel.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.FinishReason;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The session's change lifecycle against the host contract: what is proposed, what may be written
 * and when, undo/redo and what reaches the audit log. The host side (real hub, real AI routing, real
 * audit) is covered by the server's ExcelBridgeIT.
 */
class ExcelSessionTest {

    private final Host host = new Host();
    private final ExcelSession session = (ExcelSession) new ExcelProtocol().open(host);
    private int ids;

    @Test
    void everythingBeforeHelloIsRefusedAndAnUnknownWorkspaceLooksLikeAForeignOne() {
        assertThat(code(send("workbook.snapshot", snapshot("0.08")))).isEqualTo("NOT_NEGOTIATED");
        assertThat(code(send("hello", hello("ws-other")))).isEqualTo("NO_SUCH_WORKSPACE");
        JsonNode ack = send("hello", hello("ws-1"));
        assertThat(ack.get("autonomyLevel").asInt()).isEqualTo(1);
        assertThat(ack.get("mayWrite").asBoolean()).isTrue();
    }

    @Test
    void atLevelOneNothingIsWrittenUntilApprovedAndUndoRestoresTheBeforeStates() {
        start();
        host.answer = "{\"answer\":\"9%\",\"actions\":[{\"kind\":\"WRITE_VALUES\",\"sheet\":\"DCF\",\"target\":\"C5\","
                + "\"cells\":[{\"address\":\"C5\",\"value\":0.09}]}]}";
        JsonNode proposals = send("ask", "{\"question\":\"rate?\"}");
        assertThat(proposals.has("proposals")).as(proposals.toString()).isTrue();
        JsonNode proposal = proposals.get("proposals").get(0);
        assertThat(proposal.get("decision").get("outcome").asText()).isEqualTo("ASK");
        assertThat(host.sent("actions.apply")).isEmpty();

        String id = proposal.get("action").get("id").asText();
        JsonNode apply = send("actions.approve", "{\"actionId\":\"" + id + "\"}");
        assertThat(apply.get("action")
                        .get("changes")
                        .get(0)
                        .get("after")
                        .get("value")
                        .asDouble())
                .isEqualTo(0.09);
        assertThat(send("actions.result", "{\"actionId\":\"" + id + "\",\"status\":\"APPLIED\"}")
                        .get("undoDepth")
                        .asInt())
                .isEqualTo(1);
        assertThat(host.audit)
                .singleElement()
                .asString()
                .contains("excel.change.applied")
                .contains("rate?");

        JsonNode undo = send("undo", "{\"workbookId\":\"wb-1\"}");
        assertThat(undo.get("reason").asText()).isEqualTo("undo");
        assertThat(undo.get("action")
                        .get("changes")
                        .get(0)
                        .get("after")
                        .get("value")
                        .asDouble())
                .isEqualTo(0.08);
        JsonNode undone = send(
                "actions.result", "{\"actionId\":\"" + undo.get("actionId").asText() + "\",\"status\":\"APPLIED\"}");
        assertThat(undone.get("redoDepth").asInt()).isEqualTo(1);

        JsonNode redo = send("redo", "{\"workbookId\":\"wb-1\"}");
        assertThat(redo.get("action")
                        .get("changes")
                        .get(0)
                        .get("after")
                        .get("value")
                        .asDouble())
                .isEqualTo(0.09);
    }

    @Test
    void aDeclinedChangeIsDiscardedAndAStalePreviewIsRefused() {
        start();
        host.answer = "{\"answer\":\"\",\"actions\":["
                + "{\"kind\":\"WRITE_VALUES\",\"sheet\":\"DCF\",\"cells\":[{\"address\":\"C5\",\"value\":0.1}]},"
                + "{\"kind\":\"WRITE_VALUES\",\"sheet\":\"DCF\",\"cells\":[{\"address\":\"C5\",\"value\":0.2}]}]}";
        JsonNode proposals = send("ask", "{\"question\":\"two ideas\"}").get("proposals");
        String first = proposals.get(0).get("action").get("id").asText();
        String second = proposals.get(1).get("action").get("id").asText();

        send("actions.approve", "{\"actionId\":\"" + first + "\"}");
        JsonNode declined = send("actions.result", "{\"actionId\":\"" + first + "\",\"status\":\"DECLINED\"}");
        assertThat(declined.get("undoDepth").asInt()).isZero();

        send("actions.approve", "{\"actionId\":\"" + second + "\"}");
        send("actions.result", "{\"actionId\":\"" + second + "\",\"status\":\"APPLIED\"}");
        host.answer = "{\"answer\":\"\",\"actions\":[{\"kind\":\"WRITE_VALUES\",\"sheet\":\"DCF\","
                + "\"cells\":[{\"address\":\"C5\",\"value\":0.3}]}]}";
        String third = send("ask", "{\"question\":\"again\"}")
                .get("proposals")
                .get(0)
                .get("action")
                .get("id")
                .asText();
        // The snapshot now holds 0.2 in C5 (the applied change), and the preview said 0.2 before: current.
        assertThat(send("actions.approve", "{\"actionId\":\"" + third + "\"}")
                        .get("reason")
                        .asText())
                .isEqualTo("approved");
        send("actions.result", "{\"actionId\":\"" + third + "\",\"status\":\"APPLIED\"}");
        String fourth = send("ask", "{\"question\":\"once more\"}")
                .get("proposals")
                .get(0)
                .get("action")
                .get("id")
                .asText();
        send("workbook.snapshot", snapshot("0.5"));
        assertThat(code(send("actions.approve", "{\"actionId\":\"" + first + "\"}")))
                .isEqualTo("UNKNOWN_ACTION");
        // The analyst typed 0.5 into C5 after the preview (0.3 before): the preview is stale.
        JsonNode stale = send("actions.approve", "{\"actionId\":\"" + fourth + "\"}");
        assertThat(code(stale)).isEqualTo("STALE_PREVIEW");
        assertThat(stale.get("message").asText()).contains("C5");
        assertThat(code(send("actions.approve", "{\"actionId\":\"" + fourth + "\"}")))
                .as("a stale proposal is withdrawn")
                .isEqualTo("UNKNOWN_ACTION");
        assertThat(host.sent("actions.apply")).hasSize(3);
    }

    @Test
    void levelZeroRefusesEverythingAndViewersNeverWrite() {
        host.settings = "{\"level\":0}";
        start();
        host.answer = "{\"answer\":\"\",\"actions\":[{\"kind\":\"ADD_SHEET\",\"sheet\":\"Notes\"}]}";
        JsonNode proposal =
                send("ask", "{\"question\":\"add notes\"}").get("proposals").get(0);
        assertThat(proposal.get("decision").get("outcome").asText()).isEqualTo("REFUSE");
        assertThat(code(send(
                        "actions.approve",
                        "{\"actionId\":\"" + proposal.get("action").get("id").asText() + "\"}")))
                .isEqualTo("ACTION_REFUSED");

        host.settings = "{\"level\":3}";
        host.mayWrite = false;
        JsonNode viewer =
                send("ask", "{\"question\":\"add notes\"}").get("proposals").get(0);
        assertThat(viewer.get("decision").get("outcome").asText()).isEqualTo("REFUSE");
        assertThat(code(send("undo", "{}"))).isEqualTo("ACTION_REFUSED");
        assertThat(host.sent("actions.apply")).isEmpty();
    }

    @Test
    void theModelsGarbageBecomesAnAnswerWithoutActionsAndAnAiFailureIsReported() {
        start();
        host.answer = "I think you should lower the rate.";
        JsonNode plain = send("ask", "{\"question\":\"?\"}");
        assertThat(plain.get("answer").asText()).contains("lower the rate");
        assertThat(plain.get("proposals")).isEmpty();

        host.answer = "{\"answer\":\"x\",\"actions\":[{\"kind\":\"DELETE_EVERYTHING\",\"sheet\":\"DCF\"}]}";
        assertThat(send("ask", "{\"question\":\"?\"}").get("answer").asText()).contains("1 proposed change(s)");

        host.answer = null;
        JsonNode failed = send("ask", "{\"question\":\"?\"}");
        assertThat(code(failed)).isEqualTo("AI_UNAVAILABLE");
        assertThat(failed.get("message").asText()).contains("No AI provider is configured");
    }

    @Test
    void aModelRunReadsLabelledInputsAndProposesItsResultsAsATable() {
        start();
        send("workbook.snapshot", IN_SHEET);
        host.modelOutput = "{\"price\":4.76,\"greeks\":{\"delta\":0.78}}";
        String run = post("model.run", run("A1:C2", "E1"));
        assertThat(host.repliesTo(run)).as("nothing until the range arrives").isEmpty();
        JsonNode read = lastRead();
        assertThat(read.get("sheet").asText()).isEqualTo("In");
        assertThat(read.get("range").asText()).isEqualTo("A1:C2");

        post("range.data", data(read, "A1:C2", IN_CELLS));
        JsonNode proposed = host.replyTo(run);
        assertThat(host.modelInput).isEqualTo("{\"spot\":42.0,\"flows\":[1.0,2.0]}");
        JsonNode changes = proposed.get("proposals").get(0).get("action").get("changes");
        assertThat(changes.toString())
                .contains("\"address\":\"E1\"")
                .contains("\"price\"")
                .contains("\"address\":\"F1\"")
                .contains("4.76")
                .contains("greeks.delta");
        assertThat(proposed.get("proposals").get(0).get("action").get("target").asText())
                .isEqualTo("E1:F2");
    }

    @Test
    void theLiveCellsAreTheInputsNotTheSnapshotOnes() {
        start();
        send("workbook.snapshot", IN_SHEET);
        host.modelOutput = "{\"price\":9.1}";
        String run = post("model.run", run("A1:B2", "E1"));
        // The analyst typed 50 into B1 and cleared B2 since the snapshot (spot 42, flows 1).
        post(
                "range.data",
                data(
                        lastRead(),
                        "A1:B2",
                        "{\"address\":\"A1\",\"value\":\"spot\"},{\"address\":\"B1\",\"value\":50},"
                                + "{\"address\":\"A2\",\"value\":\"flows\"}"));
        assertThat(host.modelInput).isEqualTo("{\"spot\":50.0}");
        assertThat(host.replyTo(run).get("proposals")).hasSize(1);
        // The snapshot now holds what was read, so a later question sees it too.
        assertThat(session.book().cell("In", "B1").value()).isEqualTo(50.0);
        assertThat(session.book().cell("In", "B2")).isNull();
    }

    @Test
    void aReadThatDoesNotMatchTheRequestEndsTheRunWithTheFieldNamed() {
        start();
        send("workbook.snapshot", IN_SHEET);
        host.modelOutput = "{\"price\":1}";
        String run = post("model.run", run("A1:C2", "E1"));
        post("range.data", data(lastRead(), "A1:B2", "{\"address\":\"A1\",\"value\":\"spot\"}"));
        JsonNode error = host.replyTo(run);
        assertThat(code(error)).isEqualTo("INVALID_PAYLOAD");
        assertThat(error.get("fields").get(0).get("path").asText()).isEqualTo("range");
        assertThat(host.modelInput).as("the model never ran").isNull();

        String outside = post("model.run", run("A1:C2", "E1"));
        post("range.data", data(lastRead(), "A1:C2", "{\"address\":\"D9\",\"value\":1}"));
        assertThat(host.replyTo(outside).get("fields").get(0).get("path").asText())
                .isEqualTo("cells[0].address");

        String nested = post("model.run", run("A1:C2", "E1"));
        post("range.data", data(lastRead(), "A1:C2", "{\"address\":\"B1\",\"value\":{\"x\":1}}"));
        assertThat(host.replyTo(nested).get("fields").get(0).get("path").asText())
                .isEqualTo("cells[0].value");

        String failed = post("model.run", run("A1:C2", "E1"));
        JsonNode read = lastRead();
        post(
                "range.data",
                "{\"requestId\":\"" + read.get("requestId").asText()
                        + "\",\"sheet\":\"In\",\"range\":\"A1:C2\",\"error\":\"ItemNotFound\"}");
        assertThat(code(host.replyTo(failed))).isEqualTo("RANGE_READ_FAILED");
        assertThat(host.modelInput).isNull();
    }

    @Test
    void aReadNobodyWaitsForIsUnknownAndANewerRunSupersedesTheWaitingOne() {
        start();
        send("workbook.snapshot", IN_SHEET);
        host.modelOutput = "{\"price\":4.76}";
        JsonNode stray =
                send("range.data", "{\"requestId\":\"read-99\",\"sheet\":\"In\",\"range\":\"A1:C2\",\"cells\":[]}");
        assertThat(code(stray)).isEqualTo("UNKNOWN_REQUEST");

        String first = post("model.run", run("A1:C2", "E1"));
        JsonNode firstRead = lastRead();
        String second = post("model.run", run("A1:C2", "H1"));
        JsonNode secondRead = lastRead();
        assertThat(code(host.replyTo(first))).isEqualTo("SUPERSEDED");
        assertThat(secondRead.get("requestId").asText())
                .isNotEqualTo(firstRead.get("requestId").asText());

        String late = post("range.data", data(firstRead, "A1:C2", IN_CELLS));
        assertThat(code(host.replyTo(late))).isEqualTo("UNKNOWN_REQUEST");
        assertThat(host.repliesTo(second)).isEmpty();

        post("range.data", data(secondRead, "A1:C2", IN_CELLS));
        assertThat(host.replyTo(second)
                        .get("proposals")
                        .get(0)
                        .get("action")
                        .get("target")
                        .asText())
                .isEqualTo("H1:I1");
        String again = post("range.data", data(secondRead, "A1:C2", IN_CELLS));
        assertThat(code(host.replyTo(again))).as("answered once").isEqualTo("UNKNOWN_REQUEST");
    }

    @Test
    void aReadThatComesTooLateEndsItsRun() {
        start();
        send("workbook.snapshot", IN_SHEET);
        host.modelOutput = "{\"price\":4.76}";
        MutableClock clock = new MutableClock();
        session.clock(clock);
        String run = post("model.run", run("A1:C2", "E1"));
        JsonNode read = lastRead();
        clock.now = clock.now.plus(ModelRuns.TIMEOUT).plusSeconds(1);
        String data = post("range.data", data(read, "A1:C2", IN_CELLS));
        assertThat(code(host.replyTo(run))).isEqualTo("RANGE_READ_TIMEOUT");
        assertThat(code(host.replyTo(data))).isEqualTo("UNKNOWN_REQUEST");
        assertThat(host.modelInput).isNull();
    }

    @Test
    void aModelRunIsCheckedBeforeAnythingIsRead() {
        start();
        send("workbook.snapshot", IN_SHEET);
        assertThat(code(send("model.run", run("A1:A5", "E1")))).isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send("model.run", run("A1:B" + (ModelRunTable.MAX_INPUT_ROWS + 1), "E1"))))
                .isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send("model.run", run("A1:ZZ20", "E1")))).isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send("model.run", run("A1:B2", "not a cell")))).isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send(
                        "model.run",
                        "{\"modelId\":\" \",\"inputs\":{\"sheet\":\"In\",\"range\":\"A1:B2\"},"
                                + "\"output\":{\"sheet\":\"In\",\"cell\":\"E1\"}}")))
                .isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send(
                        "model.run",
                        "{\"modelId\":\"m\",\"inputs\":{\"sheet\":\"In\",\"range\":\"A1:B2\"},"
                                + "\"output\":{\"sheet\":\"Nope\",\"cell\":\"E1\"}}")))
                .isEqualTo("INVALID_PAYLOAD");
        assertThat(host.sent("range.read")).isEmpty();
    }

    @Test
    void onlyMessagesThatNeverBlockMayRunOnTheReceivingThread() {
        assertThat(session.quick("selection.changed")).isTrue();
        // These reach the database, the AI or the audit log, or parse a whole workbook.
        for (String type : List.of(
                "hello",
                "workbook.snapshot",
                "ask",
                "model.run",
                "range.data",
                "actions.approve",
                "actions.result",
                "undo",
                "redo")) {
            assertThat(session.quick(type)).as(type).isFalse();
        }
    }

    @Test
    void invalidPayloadsNameTheField() {
        start();
        JsonNode error = send("selection.changed", "{\"sheet\":\"DCF\",\"range\":\"not a range\"}");
        assertThat(code(error)).isEqualTo("INVALID_PAYLOAD");
        assertThat(error.get("fields").get(0).get("path").asText()).isEqualTo("range");
        assertThat(code(send("ask", "{\"question\":\"" + "y".repeat(ExcelSession.MAX_QUESTION + 1) + "\"}")))
                .isEqualTo("INVALID_PAYLOAD");
        assertThat(code(send("teleport", "{}"))).isEqualTo("UNKNOWN_TYPE");
    }

    // --- fixtures ---

    private static final String IN_CELLS = "{\"address\":\"A1\",\"value\":\"spot\"},{\"address\":\"B1\",\"value\":42},"
            + "{\"address\":\"A2\",\"value\":\"flows\"},{\"address\":\"B2\",\"value\":1},{\"address\":\"C2\",\"value\":2}";

    private static final String IN_SHEET =
            "{\"workbookId\":\"wb-1\",\"sheets\":[{\"name\":\"In\",\"cells\":[" + IN_CELLS + "]}]}";

    private static String run(String range, String output) {
        return "{\"modelId\":\"m\",\"inputs\":{\"sheet\":\"In\",\"range\":\"" + range + "\"},"
                + "\"output\":{\"sheet\":\"In\",\"cell\":\"" + output + "\"}}";
    }

    private static String data(JsonNode read, String range, String cells) {
        return "{\"requestId\":\"" + read.get("requestId").asText() + "\",\"sheet\":\"In\",\"range\":\"" + range
                + "\",\"cells\":[" + cells + "]}";
    }

    private JsonNode lastRead() {
        List<String[]> reads = host.sent("range.read");
        assertThat(reads).isNotEmpty();
        String[] read = reads.get(reads.size() - 1);
        assertThat(read[1]).as("a request of the server, not an answer").isNull();
        return Host.json(read[2]);
    }

    /** Sends a message that may be answered later; returns its id. */
    private String post(String type, String payload) {
        String id = "c-" + (++ids);
        session.receive(new ProtocolMessage(type, id, null, payload));
        return id;
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void start() {
        send("hello", hello("ws-1"));
        assertThat(send("workbook.snapshot", snapshot("0.08")).get("modelType").asText())
                .isNotBlank();
    }

    private JsonNode send(String type, String payload) {
        String id = "c-" + (++ids);
        session.receive(new ProtocolMessage(type, id, null, payload));
        return host.replyTo(id);
    }

    private static String hello(String workspace) {
        return "{\"clientVersion\":\"t\",\"protocolVersions\":[1],\"workspaceId\":\"" + workspace
                + "\",\"workbookId\":\"wb-1\"}";
    }

    private static String snapshot(String rate) {
        return "{\"workbookId\":\"wb-1\",\"sheets\":[{\"name\":\"DCF\",\"cells\":["
                + "{\"address\":\"B5\",\"value\":\"Discount rate\"},{\"address\":\"C5\",\"value\":" + rate + "},"
                + "{\"address\":\"C7\",\"formula\":\"C5*2\"}]}]}";
    }

    private static String code(JsonNode error) {
        return error.get("code").asText();
    }

    /** The host as the plugin sees it: one workspace {@code ws-1}, recorded sends and audit entries. */
    private static final class Host implements ProtocolPeer, WorkspaceAccess {
        final List<String[]> messages = new ArrayList<>();
        final List<String> audit = new ArrayList<>();
        String settings = "{\"level\":1}";
        String answer;
        String modelOutput;
        String modelInput;
        boolean mayWrite = true;

        JsonNode replyTo(String id) {
            for (String[] m : messages) {
                if (id.equals(m[1])) {
                    return json(m[2]);
                }
            }
            throw new AssertionError("no answer to " + id + " in " + messages.size() + " messages");
        }

        List<String[]> repliesTo(String id) {
            return messages.stream().filter(m -> id.equals(m[1])).toList();
        }

        List<String[]> sent(String type) {
            return messages.stream().filter(m -> m[0].equals(type)).toList();
        }

        private static JsonNode json(String text) {
            try {
                return ExcelJson.MAPPER.readTree(text);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String userId() {
            return "u-1";
        }

        @Override
        public String username() {
            return "ada";
        }

        @Override
        public void send(String type, String replyTo, String payloadJson) {
            messages.add(new String[] {type, replyTo, payloadJson});
        }

        @Override
        public Optional<WorkspaceAccess> workspace(String workspaceId) {
            return "ws-1".equals(workspaceId) ? Optional.of(this) : Optional.empty();
        }

        @Override
        public String workspaceId() {
            return "ws-1";
        }

        @Override
        public boolean mayWrite() {
            return mayWrite;
        }

        @Override
        public String settingsJson() {
            return settings;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            if (answer == null) {
                throw new com.gridvault.plugin.api.ai.AiProviderException(
                        com.gridvault.plugin.api.ai.AiProviderException.Kind.UNAVAILABLE,
                        "No AI provider is configured for this organization",
                        null);
            }
            return new ChatResponse(
                    "m",
                    ChatMessage.assistant(answer),
                    FinishReason.STOP,
                    com.gridvault.plugin.api.ai.TokenUsage.UNKNOWN);
        }

        @Override
        public String runModel(String modelId, String inputJson) {
            modelInput = inputJson;
            if (modelOutput == null) {
                throw new InvalidInputException("spot", "must be positive");
            }
            return modelOutput;
        }

        @Override
        public void audit(String action, String target, Map<String, String> details) {
            audit.add(action + " " + target + " " + details);
        }
    }
}
