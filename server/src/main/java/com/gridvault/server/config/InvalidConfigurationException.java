package com.gridvault.server.config;

/** A configuration value is unusable; the message names the key, the value and what is expected. */
public class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
