package com.gridvault.realtime;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stream of events about one thing, written {@code "<kind>:<id>"} on the wire, e.g. {@code
 * "job:42"}.
 *
 * @param kind one of {@link #KINDS}
 * @param id the thing's id: 1 to 128 characters of letters, digits, {@code . _ -}
 */
public record Channel(String kind, String id) {

    /** The kinds of channel the hub knows. */
    public static final Set<String> KINDS = Set.of("workspace", "project", "document", "job", "excel");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** Checks the kind and the id. */
    public Channel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown channel kind '" + kind + "', expected one of " + KINDS);
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("channel id must be 1-128 of [A-Za-z0-9._-]");
        }
    }

    /**
     * Reads the wire form.
     *
     * @param wire e.g. {@code "document:7f3a"}
     * @return the channel
     * @throws IllegalArgumentException when it is not {@code kind:id} with a known kind and valid id
     */
    public static Channel parse(String wire) {
        Objects.requireNonNull(wire, "wire");
        int colon = wire.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("channel must be written kind:id");
        }
        return new Channel(wire.substring(0, colon), wire.substring(colon + 1));
    }

    /**
     * A job's channel.
     *
     * @param jobId the job id
     * @return {@code job:<jobId>}
     */
    public static Channel job(String jobId) {
        return new Channel("job", jobId);
    }

    /**
     * A document's channel.
     *
     * @param documentId the document id
     * @return {@code document:<documentId>}
     */
    public static Channel document(String documentId) {
        return new Channel("document", documentId);
    }

    /**
     * A workspace's channel.
     *
     * @param workspaceId the workspace id
     * @return {@code workspace:<workspaceId>}
     */
    public static Channel workspace(String workspaceId) {
        return new Channel("workspace", workspaceId);
    }

    /**
     * The wire form.
     *
     * @return {@code kind:id}
     */
    public String wire() {
        return kind + ':' + id;
    }

    @Override
    public String toString() {
        return wire();
    }
}
