package com.gridvault.server.auth;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.Problem;
import com.gridvault.server.errors.ProblemType;
import java.util.List;
import java.util.Locale;

/** The password rules: 12 to 1024 characters, not containing the user name. */
public final class PasswordPolicy {

    private PasswordPolicy() {}

    /**
     * Checks a new password.
     *
     * @param field the request field it came from, for the error
     * @throws ApiException 400 naming the field when the password breaks a rule
     */
    public static void check(String field, String username, String password) {
        String reason = null;
        if (password == null || password.length() < 12) {
            reason = "must have at least 12 characters";
        } else if (password.length() > 1024) {
            reason = "must have at most 1024 characters";
        } else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            reason = "must not contain the user name";
        } else if (CommonPasswords.contains(password)) {
            reason = "is one of the " + CommonPasswords.SIZE + " most common passwords; choose another";
        }
        if (reason != null) {
            throw new ApiException(
                    ProblemType.VALIDATION, "The password " + reason, List.of(new Problem.FieldProblem(field, reason)));
        }
    }
}
