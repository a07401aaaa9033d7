package com.gridvault.realtime;

/**
 * Serves one request/response protocol carried over the hub, such as the Excel bridge. Registered
 * with {@link Hub.Builder#handler(String, RequestHandler)} for a message-type prefix like {@code
 * "excel."}; the longest matching prefix wins and built-in types are never routed here.
 *
 * <p>Called on the connection's receiving thread, one message at a time per session: hand slow work
 * (AI calls) to an executor and reply from there, {@link HubSession#send} is thread-safe.
 */
@FunctionalInterface
public interface RequestHandler {

    /**
     * Handles one client message. A runtime exception is logged and answered with an {@code error}
     * {@link ErrorCodes#INTERNAL_ERROR} that carries no detail.
     *
     * @param session the sender's session, to reply on
     * @param request the validated envelope
     */
    void handle(HubSession session, Envelope request);
}
