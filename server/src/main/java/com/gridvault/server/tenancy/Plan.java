package com.gridvault.server.tenancy;

/** An organization's plan tier; drives rate limits and quotas. */
public enum Plan {
    FREE,
    PRO,
    ENTERPRISE
}
