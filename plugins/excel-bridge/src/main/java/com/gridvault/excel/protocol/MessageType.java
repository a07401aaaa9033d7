package com.gridvault.excel.protocol;

import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.Optional;

/** Every message type, with its wire name, payload record and whether it must answer another message. */
public enum MessageType {
    /** Client to server, first message: client version and the protocol versions it speaks. */
    HELLO("hello", Hello.class, false),
    /** Server to client: the negotiated version and the server's limits. */
    HELLO_ACK("hello.ack", HelloAck.class, true),
    /** Client to server: the workbook's sheets, cells and names. */
    WORKBOOK_SNAPSHOT("workbook.snapshot", WorkbookSnapshot.class, false),
    /** Client to server: the analyst selected another range. */
    SELECTION_CHANGED("selection.changed", SelectionChanged.class, false),
    /** Server to client: send the cells of a range. */
    RANGE_READ_REQUEST("range.read", RangeReadRequest.class, false),
    /** Client to server: the cells of the requested range. */
    RANGE_READ_RESPONSE("range.data", RangeReadResponse.class, true),
    /** Server to client: proposed actions with previews and the policy's decisions. */
    PROPOSE_ACTIONS("actions.propose", ProposeActions.class, false),
    /** Client to server: what became of one proposed action. */
    APPLY_RESULT("actions.result", ApplyResult.class, false),
    /** Client to server: revert the latest applied change. */
    UNDO("undo", Undo.class, false),
    /** Client to server: apply the latest undone change again. */
    REDO("redo", Redo.class, false),
    /** Either direction: a request failed; answers it when {@code replyTo} is set. */
    ERROR("error", ProtocolError.class, false);

    private final String wireName;
    private final Class<?> payloadType;
    private final boolean reply;

    MessageType(String wireName, Class<?> payloadType, boolean reply) {
        this.wireName = wireName;
        this.payloadType = payloadType;
        this.reply = reply;
    }

    /**
     * Returns the name used in {@link Envelope#type()}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the record type of the payload.
     *
     * @return the payload class
     */
    public Class<?> payloadType() {
        return payloadType;
    }

    /**
     * Tells whether the message must carry {@code replyTo}.
     *
     * @return true for answers
     */
    public boolean isReply() {
        return reply;
    }

    /**
     * Finds a type by wire name.
     *
     * @param wireName the name, e.g. {@code hello}
     * @return the type, or empty for an unknown name
     */
    public static Optional<MessageType> fromWire(String wireName) {
        for (MessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
