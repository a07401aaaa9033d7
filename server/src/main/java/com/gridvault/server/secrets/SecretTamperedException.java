package com.gridvault.server.secrets;

/** A stored secret failed authentication on decryption. */
public class SecretTamperedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretTamperedException(String message) {
        super(message);
    }
}
