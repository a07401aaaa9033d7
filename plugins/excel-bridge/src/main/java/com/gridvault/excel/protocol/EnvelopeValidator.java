package com.gridvault.excel.protocol;

import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an incoming envelope before it is dispatched, in this order: envelope fields ({@code
 * id}, {@code type}), the version (only {@code hello} may come before negotiation; afterwards
 * every message must carry the negotiated version), {@code replyTo} on answers, the payload's
 * record type, and for snapshots the size limits and fields.
 */
public final class EnvelopeValidator {

    private final SnapshotValidator snapshots;

    /**
     * Creates a validator.
     *
     * @param snapshots checks snapshot payloads
     */
    public EnvelopeValidator(SnapshotValidator snapshots) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    }

    /**
     * Checks an envelope.
     *
     * @param envelope the envelope, possibly null
     * @param negotiated the negotiated version, or null before {@code hello}
     * @return the error to send back, or empty when the envelope is fine
     */
    public Optional<ProtocolError> check(Envelope envelope, Integer negotiated) {
        if (envelope == null) {
            return error(ErrorCode.MALFORMED_ENVELOPE, "the message is empty");
        }
        if (envelope.id() == null || envelope.id().isBlank()) {
            return error(ErrorCode.MALFORMED_ENVELOPE, "the message has no id");
        }
        Optional<MessageType> type = MessageType.fromWire(envelope.type());
        if (type.isEmpty()) {
            return error(ErrorCode.UNKNOWN_TYPE, "unknown message type '" + envelope.type() + "'");
        }
        if (type.get() != MessageType.HELLO) {
            if (negotiated == null) {
                return error(ErrorCode.NOT_NEGOTIATED, "send hello first; '" + envelope.type() + "' came before it");
            }
            if (envelope.v() != negotiated) {
                return error(
                        ErrorCode.MALFORMED_ENVELOPE,
                        "the message is in protocol version " + envelope.v() + ", the negotiated version is "
                                + negotiated);
            }
        }
        if (type.get().isReply()
                && (envelope.replyTo() == null || envelope.replyTo().isBlank())) {
            return error(ErrorCode.MALFORMED_ENVELOPE, "'" + envelope.type() + "' must name the message it answers");
        }
        Class<?> expected = type.get().payloadType();
        if (!expected.isInstance(envelope.payload())) {
            return error(
                    ErrorCode.INVALID_PAYLOAD,
                    "the payload of '" + envelope.type() + "' must be a " + expected.getSimpleName() + ", was "
                            + (envelope.payload() == null
                                    ? "missing"
                                    : envelope.payload().getClass().getSimpleName()));
        }
        if (envelope.payload() instanceof WorkbookSnapshot snapshot) {
            return snapshot(snapshot);
        }
        return Optional.empty();
    }

    private Optional<ProtocolError> snapshot(WorkbookSnapshot snapshot) {
        return SnapshotProblems.of(snapshots, snapshot);
    }

    private static Optional<ProtocolError> error(ErrorCode code, String message) {
        return Optional.of(ProtocolError.of(code, message));
    }
}
