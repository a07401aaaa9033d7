package com.gridvault.excel.protocol;

import java.util.List;

/**
 * The add-in's first message.
 *
 * @param clientVersion the add-in's version, e.g. {@code 1.4.2}
 * @param protocolVersions the protocol versions the add-in speaks
 * @param host the Excel host, e.g. {@code Excel 16.0 Win32}, for diagnostics; may be null
 */
public record Hello(String clientVersion, List<Integer> protocolVersions, String host) {

    /** Copies the versions (null becomes empty). */
    public Hello {
        protocolVersions = protocolVersions == null ? List.of() : List.copyOf(protocolVersions);
    }
}
