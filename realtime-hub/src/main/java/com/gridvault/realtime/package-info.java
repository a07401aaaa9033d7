/**
 * The real-time hub: the one WebSocket endpoint ({@code /ws}) that browsers and the Excel task pane
 * use for server events, presence and request/response protocols.
 *
 * <p>The server supplies three seams: a {@link com.gridvault.realtime.HubAuthenticator} that redeems
 * its single-use ws-token, a {@link com.gridvault.realtime.ChannelAuthorizer} that checks tenancy,
 * and any number of {@link com.gridvault.realtime.RequestHandler}s registered by message-type
 * prefix. It builds a {@link com.gridvault.realtime.Hub}, registers {@link
 * com.gridvault.realtime.Hub#endpointConfig(String)} with the container and calls {@link
 * com.gridvault.realtime.Hub#publish} from anywhere. Wire format: {@code docs/REALTIME.md}.
 */
package com.gridvault.realtime;
