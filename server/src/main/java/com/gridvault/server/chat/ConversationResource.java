package com.gridvault.server.chat;

import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.assistant.rag.Answer;
import com.gridvault.ai.assistant.rag.Question;
import com.gridvault.ai.assistant.rag.RagAnswerer;
import com.gridvault.ai.assistant.rag.StreamingAnswer;
import com.gridvault.ai.router.CallContext;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One conversation: history, questions answered with citations (streamed or whole), delete. */
@Path("conversations/{conversationId}")
@Tag(name = "chat")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private static final Logger LOG = System.getLogger(ConversationResource.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * A question.
     *
     * @param content the question, 1-8,000 characters
     * @param template the prompt template (default {@code analyst.default})
     */
    public record Ask(@NotBlank @Size(max = 8_000) String content, @Size(max = 100) String template) {}

    /** A conversation with its messages. */
    public record Transcript(ConversationView conversation, List<MessageView> messages) {}

    @Inject
    TenantGuard guard;

    @Inject
    ConversationRepository conversations;

    @Inject
    ConversationService service;

    @Inject
    RagAnswerer answerer;

    @Inject
    CurrentCaller caller;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @GET
    @Operation(summary = "Returns the conversation with its messages and their citations")
    public Transcript get(@PathParam("conversationId") String id) {
        String orgId = authorize(id, "workspace:read");
        return new Transcript(conversation(orgId, id), conversations.messages(orgId, id));
    }

    @DELETE
    @Operation(summary = "Deletes the conversation and its messages")
    public Response delete(@PathParam("conversationId") String id) {
        String orgId = authorize(id, "ai:use");
        conversations.delete(orgId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Asks a question over the workspace's documents and returns the answer with numbered citations"
                    + " (Accept: text/event-stream streams it)")
    public MessageView ask(@PathParam("conversationId") String id, @Valid @NotNull Ask ask) {
        String orgId = authorize(id, "ai:use");
        ConversationView conversation = conversation(orgId, id);
        Question question = service.question(orgId, conversation, ask.content(), template(ask));
        Answer answer = answerer.answer(CallContext.of(orgId, caller.principal().userId()), question);
        // stored only once answered: a refused or failed question leaves the conversation as it was
        service.storeQuestion(orgId, id, ask.content());
        return service.storeAnswer(orgId, id, answer, "COMPLETE");
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Asks a question and streams the answer: 'delta' events with text, then 'done' with the stored"
                    + " message and its citations; closing the stream cancels the upstream request")
    public void askStreaming(
            @PathParam("conversationId") String id,
            @Valid @NotNull Ask ask,
            @Context SseEventSink sink,
            @Context Sse sse) {
        String orgId = authorize(id, "ai:use");
        ConversationView conversation = conversation(orgId, id);
        Question question = service.question(orgId, conversation, ask.content(), template(ask));
        StringBuilder partial = new StringBuilder();
        AtomicBoolean gone = new AtomicBoolean();
        StreamingAnswer[] handle = new StreamingAnswer[1];
        handle[0] = answerer.answerStreaming(
                CallContext.of(orgId, caller.principal().userId()), question, text -> {
                    synchronized (partial) {
                        partial.append(text);
                    }
                    if (sink.isClosed()) {
                        gone.set(true);
                        return;
                    }
                    sink.send(sse.newEventBuilder()
                                    .name("delta")
                                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                    .data(
                                            String.class,
                                            Json.createObjectBuilder()
                                                    .add("text", text)
                                                    .build()
                                                    .toString())
                                    .build())
                            .whenComplete((ignored, failure) -> {
                                if (failure != null) {
                                    gone.set(true); // the client went away: the watchdog cancels upstream
                                }
                            });
                });
        // the stream started (no endpoint or a hard budget would have thrown): keep the question
        service.storeQuestion(orgId, id, ask.content());
        ScheduledFuture<?> watchdog = scheduler.scheduleWithFixedDelay(
                () -> {
                    if ((gone.get() || sink.isClosed()) && !handle[0].isDone()) {
                        gone.set(true);
                        handle[0].cancel(); // the client went away: stop paying for tokens
                    }
                },
                500,
                500,
                TimeUnit.MILLISECONDS);
        handle[0].result().whenComplete((answer, failure) -> {
            watchdog.cancel(false);
            try (sink) {
                if (failure == null) {
                    MessageView stored = service.storeAnswer(orgId, id, answer, "COMPLETE");
                    send(sink, sse, "done", JSON.toJson(stored));
                } else if (gone.get()) {
                    String text;
                    synchronized (partial) {
                        text = partial.toString();
                    }
                    service.storePartial(orgId, id, text, "CANCELLED");
                } else {
                    LOG.log(Level.INFO, "Answer in conversation {0} failed: {1}", id, failure.toString());
                    service.storePartial(orgId, id, partial.toString(), "FAILED");
                    send(sink, sse, "error", StreamErrors.problemJson(failure));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not finish the answer stream of conversation " + id, e);
            }
        });
    }

    private static void send(SseEventSink sink, Sse sse, String name, String json) {
        if (!sink.isClosed()) {
            sink.send(sse.newEventBuilder()
                            .name(name)
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(String.class, json)
                            .build())
                    .toCompletableFuture()
                    .join();
        }
    }

    private static String template(Ask ask) {
        return ask.template() == null || ask.template().isBlank() ? PromptTemplates.ANALYST_DEFAULT : ask.template();
    }

    private ConversationView conversation(String orgId, String id) {
        return conversations
                .find(orgId, id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No conversation with id '" + id + "'"));
    }

    private String authorize(String id, String action) {
        return guard.owned("conversation", id, conversations.orgOfConversation(id), action);
    }
}
