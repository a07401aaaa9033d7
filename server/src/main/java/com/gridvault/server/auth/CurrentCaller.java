package com.gridvault.server.auth;

import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, for services that need to know who acts. */
@RequestScoped
public class CurrentCaller {

    private UserPrincipal principal;

    void set(UserPrincipal principal) {
        this.principal = principal;
    }

    /**
     * Returns the caller.
     *
     * @throws NotAuthenticatedException on a public endpoint, where nobody is authenticated
     */
    public UserPrincipal principal() {
        if (principal == null) {
            throw new NotAuthenticatedException("This endpoint requires authentication");
        }
        return principal;
    }
}
