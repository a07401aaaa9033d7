package com.gridvault.excel.protocol;

import com.gridvault.excel.autonomy.AutonomyLevel;
import com.gridvault.excel.snapshot.SnapshotLimits;

/**
 * The server's answer to {@link Hello}.
 *
 * @param protocolVersion the version both sides use from now on
 * @param serverVersion the server's version
 * @param limits the snapshot limits, so the add-in sends no more than accepted
 * @param autonomyLevel the workspace's autonomy level, so the add-in can say what will happen
 */
public record HelloAck(int protocolVersion, String serverVersion, SnapshotLimits limits, AutonomyLevel autonomyLevel) {}
