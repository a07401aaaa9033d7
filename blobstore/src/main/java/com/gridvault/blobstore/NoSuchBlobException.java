package com.gridvault.blobstore;

import java.io.IOException;

/** Thrown when a tenant holds no blob with the requested digest. */
public class NoSuchBlobException extends IOException {
    private static final long serialVersionUID = 1L;

    public NoSuchBlobException(String tenantId, String sha256) {
        super("no blob " + sha256 + " for tenant " + tenantId);
    }
}
