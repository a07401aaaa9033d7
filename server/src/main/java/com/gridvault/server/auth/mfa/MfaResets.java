package com.gridvault.server.auth.mfa;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.User;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;

/** The checks shared by the two ways an administrator resets someone's second factor. */
final class MfaResets {

    /** The audit action of a reset, a security event. */
    static final String ACTION = "auth.mfa.reset";

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

    /** Removes the enrolment, or answers 404 when there is none. */
    static void reset(MfaService mfa, User user) {
        if (!mfa.reset(user.id())) {
            throw new ApiException(
                    ProblemType.NOT_FOUND, "'" + user.username() + "' has no two-factor authentication to reset");
        }
    }
}
