package com.gridvault.server.auth;

import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, for services that need to know who acts. */
@RequestScoped
public class CurrentCaller {

    private UserPrincipal principal;
    private org.apache.shiro.subject.Subject subject;

    void set(UserPrincipal principal, org.apache.shiro.subject.Subject subject) {
        this.principal = principal;
        this.subject = subject;
    }

    /**
     * Checks a Shiro permission of the caller, e.g. {@code workspace:read:<orgId>}.
     *
     * @param permission the wildcard permission
     * @return whether the caller holds it
     */
    public boolean isPermitted(String permission) {
        return subject != null && subject.isPermitted(permission);
    }

    /** True when the request carries valid credentials (false on public endpoints). */
    public boolean isAuthenticated() {
        return principal != null;
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
