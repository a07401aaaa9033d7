package com.gridvault.plugin.api.realtime;

import java.util.Optional;

/**
 * The host side of one connection, given to {@link HubProtocol#open}: who is connected, a way to
 * send, and access to the workspaces that user may use.
 */
public interface ProtocolPeer {

    /**
     * Returns the connected user's id.
     *
     * @return the user id
     */
    String userId();

    /**
     * Returns the connected user's name, for messages and audit.
     *
     * @return the username
     */
    String username();

    /**
     * Sends a message to the client; never blocks (the hub queues it and drops a client that falls too
     * far behind). The host adds the protocol's prefix and a server id.
     *
     * @param type the type without the prefix, e.g. {@code hello.ack}
     * @param replyTo the client message this answers, or null for an unsolicited message
     * @param payloadJson the payload, a JSON object as text
     * @throws IllegalArgumentException when the payload is not a JSON object
     */
    void send(String type, String replyTo, String payloadJson);

    /**
     * Opens a workspace for this user: the workspace exists, belongs to an organization the user is a
     * member of with a role that may read workspaces, and that organization's policies (such as a
     * required second factor) are met. A workspace of another organization and one that does not
     * exist are both empty, so nothing is learnt about other tenants.
     *
     * @param workspaceId the workspace id
     * @return the workspace's services, or empty
     */
    Optional<WorkspaceAccess> workspace(String workspaceId);
}
