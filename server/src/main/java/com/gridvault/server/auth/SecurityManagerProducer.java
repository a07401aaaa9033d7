package com.gridvault.server.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.mgt.SecurityManager;

/** Builds the one stateless Shiro security manager: no HTTP sessions, credentials on every request. */
@ApplicationScoped
public class SecurityManagerProducer {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    jakarta.enterprise.inject.Instance<PermissionSource> permissionSources;

    @Produces
    @ApplicationScoped
    SecurityManager securityManager() {
        DefaultSecurityManager manager =
                new DefaultSecurityManager(new ApplianceRealm(users, passwords.service(), permissionSources));
        DefaultSessionStorageEvaluator sessions = new DefaultSessionStorageEvaluator();
        sessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) manager.getSubjectDAO()).setSessionStorageEvaluator(sessions);
        return manager;
    }
}
