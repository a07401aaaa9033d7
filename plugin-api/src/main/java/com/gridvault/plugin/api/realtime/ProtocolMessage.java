package com.gridvault.plugin.api.realtime;

import java.util.Objects;

/**
 * A client message routed to a protocol.
 *
 * @param type the type without the protocol's prefix, e.g. {@code hello} for {@code excel.hello}
 * @param id the client's id of this message, to put in an answer's {@code replyTo}
 * @param replyTo the id of the server message this one answers, or null
 * @param payloadJson the payload, a JSON object as text (never null; {@code {}} when absent)
 */
public record ProtocolMessage(String type, String id, String replyTo, String payloadJson) {

    /** Rejects missing parts. */
    public ProtocolMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
