package com.gridvault.plugin.api.realtime;

import org.pf4j.ExtensionPoint;

/**
 * A message protocol spoken over the real-time hub, such as the Excel bridge's {@code excel.*}
 * messages. The host opens one {@link ProtocolSession} per connection, lazily, at the connection's
 * first message of this protocol, and closes it when the connection ends.
 */
public interface HubProtocol extends ExtensionPoint {

    /**
     * Returns the protocol's name, the prefix of its message types without the dot: {@code excel}
     * routes {@code excel.hello}, {@code excel.ask}, ... Lower-case letters, digits and dashes; unique
     * among installed plugins (a second protocol with a taken name is not registered).
     *
     * @return the name
     */
    String name();

    /**
     * Opens a session for one connection. Called on the hub's thread for that connection; must
     * return quickly.
     *
     * @param peer the connection's user and the host services
     * @return the session that receives the connection's messages of this protocol
     */
    ProtocolSession open(ProtocolPeer peer);
}
