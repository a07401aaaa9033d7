package com.gridvault.server.auth;

import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/** Authenticates accounts from the database; system administrators hold every permission. */
final class ApplianceRealm extends AuthorizingRealm {

    private final UserRepository users;
    private final Iterable<PermissionSource> permissionSources;

    ApplianceRealm(UserRepository users, PasswordService passwords) {
        this(users, passwords, java.util.List.of());
    }

    ApplianceRealm(UserRepository users, PasswordService passwords, Iterable<PermissionSource> permissionSources) {
        this.users = users;
        this.permissionSources = permissionSources;
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(passwords);
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setAuthorizationCachingEnabled(false);
        setName("gridvault");
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        User user = users.findByUsername(username).orElseThrow(UnknownAccountException::new);
        if (!user.enabled()) {
            throw new DisabledAccountException();
        }
        return new SimpleAuthenticationInfo(
                new UserPrincipal(user.id(), user.username(), user.systemAdmin()), user.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal == null) {
            return info;
        }
        if (principal.systemAdmin()) {
            info.setRoles(Set.of("system-admin"));
            info.addStringPermission("*");
        }
        for (PermissionSource source : permissionSources) {
            info.addStringPermissions(source.permissionsOf(principal.userId()));
        }
        return info;
    }
}
