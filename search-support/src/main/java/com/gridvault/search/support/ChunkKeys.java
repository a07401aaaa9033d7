package com.gridvault.search.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The keys that identify a chunk and its workspace in an index, and the key companies match on. */
public final class ChunkKeys {

    private ChunkKeys() {}

    /**
     * Tenant and workspace in one unambiguous string: length-prefixed, so that ("a/b", "c") and ("a",
     * "b/c") never share a scope.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @return the scope
     */
    public static String scope(String tenantId, String workspaceId) {
        return tenantId.length() + ":" + tenantId + "|" + workspaceId.length() + ":" + workspaceId;
    }

    /**
     * The scope plus the chunk id: unique per chunk across tenants and workspaces.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @param chunkId the chunk
     * @return the key
     */
    public static String key(String tenantId, String workspaceId, String chunkId) {
        return scope(tenantId, workspaceId) + "|" + chunkId;
    }

    /**
     * The document id of a chunk in a cluster: the SHA-256 of its {@link #key}, in hex, so ids that
     * look alike across workspaces never collide and long ids stay within the clusters' 512-byte limit.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @param chunkId the chunk
     * @return 64 lower-case hex digits
     */
    public static String documentId(String tenantId, String workspaceId, String chunkId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(key(tenantId, workspaceId, chunkId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Companies match ignoring case and surrounding blanks.
     *
     * @param company a company name
     * @return the name stripped and in lower case
     */
    public static String companyKey(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
    }
}
