package com.gridvault.excel.protocol;

import com.gridvault.excel.autonomy.AutonomyLevel;
import com.gridvault.excel.snapshot.SnapshotLimits;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The protocol versions this server speaks and the {@code hello} handshake.
 *
 * <p>Versions are integers; a version changes when a message changes incompatibly (a field is
 * removed or changes meaning). Adding an optional field does not change the version. Both sides
 * use the highest version they share.
 */
public final class ProtocolVersions {

    /** The version this server writes by default. */
    public static final int CURRENT = 1;

    /** Every version this server speaks, ascending. */
    public static final List<Integer> SUPPORTED = List.of(1);

    private ProtocolVersions() {}

    /**
     * Picks the highest version both sides speak.
     *
     * @param client the client's versions
     * @param server the server's versions
     * @return the version, or empty when they share none
     */
    public static Optional<Integer> negotiate(Collection<Integer> client, Collection<Integer> server) {
        return client.stream().filter(v -> v != null && server.contains(v)).max(Integer::compare);
    }

    /**
     * Answers a {@code hello}: {@code hello.ack} with the negotiated version, or an {@code error}
     * with {@link ErrorCode#UNSUPPORTED_VERSION}.
     *
     * @param hello the client's hello envelope (payload {@link Hello})
     * @param replyId the id of the answer
     * @param serverVersion the server's version
     * @param limits the snapshot limits to announce
     * @param level the workspace's autonomy level to announce
     * @return the answer envelope
     */
    public static Envelope answer(
            Envelope hello, String replyId, String serverVersion, SnapshotLimits limits, AutonomyLevel level) {
        Hello payload = (Hello) hello.payload();
        Optional<Integer> version = negotiate(payload.protocolVersions(), SUPPORTED);
        if (version.isEmpty()) {
            return new Envelope(
                    CURRENT,
                    MessageType.ERROR.wireName(),
                    replyId,
                    hello.id(),
                    ProtocolError.of(
                            ErrorCode.UNSUPPORTED_VERSION,
                            "the add-in " + payload.clientVersion() + " speaks protocol versions "
                                    + payload.protocolVersions() + ", this server speaks " + SUPPORTED
                                    + "; update the add-in"));
        }
        return new Envelope(
                version.get(),
                MessageType.HELLO_ACK.wireName(),
                replyId,
                hello.id(),
                new HelloAck(version.get(), serverVersion, limits, level));
    }
}
