/**
 * The real-time hub in the appliance: the {@code /ws} endpoint of realtime-hub with ws-token
 * authentication, tenant-checked channel subscriptions and job progress events.
 */
package com.gridvault.server.realtime;
