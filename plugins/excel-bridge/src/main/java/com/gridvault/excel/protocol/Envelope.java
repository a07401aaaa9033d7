package com.gridvault.excel.protocol;

/**
 * One message on the wire.
 *
 * @param v the protocol version the message is written in (negotiated by {@code hello})
 * @param type the message type's wire name, see {@link MessageType#wireName()}
 * @param id the sender's id for this message, unique per connection
 * @param replyTo the id of the message this one answers, or null
 * @param payload the type's payload record, see {@link MessageType#payloadType()}
 */
public record Envelope(int v, String type, String id, String replyTo, Object payload) {

    /**
     * A new message in the current protocol version.
     *
     * @param type the type
     * @param id the message id
     * @param payload the payload
     * @return the envelope
     */
    public static Envelope of(MessageType type, String id, Object payload) {
        return new Envelope(ProtocolVersions.CURRENT, type.wireName(), id, null, payload);
    }

    /**
     * An answer to this message, in the same version.
     *
     * @param type the answer's type
     * @param id the answer's id
     * @param payload the answer's payload
     * @return the envelope
     */
    public Envelope reply(MessageType type, String id, Object payload) {
        return new Envelope(v, type.wireName(), id, this.id, payload);
    }
}
