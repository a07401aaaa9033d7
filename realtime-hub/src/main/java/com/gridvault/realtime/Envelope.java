package com.gridvault.realtime;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One hub message: {@code {"v":1,"type":...,"id":...,"replyTo":...,"channel":...,"payload":{...}}}.
 *
 * @param v the envelope version, {@link #VERSION}
 * @param type the message type, a built-in one of {@link MessageTypes} or a handler's
 * @param id the sender's id for this message, unique per connection
 * @param replyTo the id of the message this one answers, or null
 * @param channel the channel it concerns, or null
 * @param payload the type's payload, never null (an empty object when absent on the wire)
 */
public record Envelope(int v, String type, String id, String replyTo, Channel channel, JsonObject payload) {

    /** The only envelope version so far. */
    public static final int VERSION = 1;

    /** Checks the required fields. */
    public Envelope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * An answer to this message, on the same channel.
     *
     * @param replyType the answer's type
     * @param replyId the answer's own id
     * @param replyPayload the answer's payload
     * @return the answer
     */
    public Envelope reply(String replyType, String replyId, JsonObject replyPayload) {
        return new Envelope(VERSION, replyType, replyId, id, channel, replyPayload);
    }
}
