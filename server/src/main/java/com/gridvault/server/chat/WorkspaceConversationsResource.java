package com.gridvault.server.chat;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.tenancy.Page;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The conversations of a workspace. */
@Path("workspaces/{workspaceId}/conversations")
@Tag(name = "chat")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceConversationsResource {

    /** A new conversation; the title defaults to the first question. */
    public record NewConversation(@Size(max = 200) String title) {}

    @Inject
    TenantGuard guard;

    @Inject
    ConversationRepository conversations;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a conversation over the workspace's documents")
    public Response create(
            @PathParam("workspaceId") String workspaceId, NewConversation request, @Context UriInfo uri) {
        String orgId = guard.workspace(workspaceId, "ai:use");
        String title =
                request == null || request.title() == null || request.title().isBlank()
                        ? "New conversation"
                        : request.title().strip();
        ConversationView created = conversations.create(
                orgId, workspaceId, title, caller.principal().userId());
        return Response.created(uri.getBaseUriBuilder()
                        .path("conversations")
                        .path(created.id())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Lists the workspace's conversations")
    public Page<ConversationView> list(
            @PathParam("workspaceId") String workspaceId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 64) String cursor) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        return Page.of(conversations.list(orgId, workspaceId, cursor, limit), limit, ConversationView::id);
    }
}
