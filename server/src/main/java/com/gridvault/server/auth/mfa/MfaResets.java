package com.gridvault.server.auth.mfa;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.User;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;

/** The checks shared by the two ways an administrator resets someone's second factor. */
final class MfaResets {

    /** The audit action of a reset, a security event. */
    private static final String ACTION = "auth.mfa.reset";

    private MfaResets() {}

    /**
     * Refuses a reset of the caller's own second factor: that needs a code
     * ({@code POST /api/v1/users/me/mfa/disable}), so a stolen session cannot strip it.
     */
    static void refuseOwnAccount(CurrentCaller caller, String userId) {
        if (caller.principal().userId().equals(userId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Your own two-factor authentication is turned off with a code:"
                            + " POST /api/v1/users/me/mfa/disable");
        }
    }

    /**
     * Removes the enrolment and audits the reset, or answers 404 when there is none.
     *
     * @param orgId the organization whose member manager reset it; null for an appliance administrator
     */
    static void reset(MfaService mfa, AuditLog audit, User user, String orgId) {
        if (!mfa.reset(user.id())) {
            throw new ApiException(
                    ProblemType.NOT_FOUND, "'" + user.username() + "' has no two-factor authentication to reset");
        }
        audit.record(AuditEvent.of(orgId, ACTION, Outcome.SUCCESS)
                .withTarget("user", user.id())
                .withDetail("username", user.username()));
    }
}
