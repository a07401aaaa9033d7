package com.gridvault.server.auth;

/** The caller is authenticated but lacks a permission (403). */
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String permission) {
        super("This operation requires the permission '" + permission + "'");
    }
}
