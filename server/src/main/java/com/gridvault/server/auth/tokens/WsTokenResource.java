package com.gridvault.server.auth.tokens;

import com.gridvault.server.auth.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issues WebSocket connect tokens to signed-in callers. */
@Path("auth/ws-token")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class WsTokenResource {

    /**
     * A WebSocket connect token.
     *
     * @param token pass as {@code /ws?token=...}; works once
     * @param expiresIn seconds until it can no longer be used
     */
    public record WsToken(String token, long expiresIn) {}

    @Inject
    WsTokens tokens;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Issues a single-use token for connecting to the real-time hub (/ws?token=...), valid 60 s")
    public WsToken issue() {
        return new WsToken(tokens.issue(caller.principal().userId()), WsTokens.LIFETIME.toSeconds());
    }
}
