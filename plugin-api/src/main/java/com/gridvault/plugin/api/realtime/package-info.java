/**
 * Message protocols carried by the appliance's real-time hub.
 *
 * <p>A plugin contributes a {@link com.gridvault.plugin.api.realtime.HubProtocol}: the hub routes
 * every client message whose type starts with the protocol's name and a dot to the {@link
 * com.gridvault.plugin.api.realtime.ProtocolSession} it opened for that connection. The host
 * authenticates the connection, checks workspaces through {@link
 * com.gridvault.plugin.api.realtime.ProtocolPeer#workspace}, and offers the workspace's AI routing,
 * model packs and audit log through {@link com.gridvault.plugin.api.realtime.WorkspaceAccess}.
 * Payloads cross the boundary as JSON text, so plugins choose their own JSON library.
 */
package com.gridvault.plugin.api.realtime;
