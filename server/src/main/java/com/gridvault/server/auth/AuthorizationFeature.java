package com.gridvault.server.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.subject.Subject;

/** Installs a permission check on every resource method annotated with {@link RequiresPermission}. */
@Provider
public class AuthorizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresPermission required = resource.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiresPermission.class);
        }
        if (required != null) {
            context.register(new PermissionFilter(required.value()), Priorities.AUTHORIZATION);
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class PermissionFilter implements ContainerRequestFilter {
        private final String permission;

        PermissionFilter(String permission) {
            this.permission = permission;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Subject subject = (Subject) request.getProperty(AuthenticationFilter.SUBJECT_PROPERTY);
            if (subject == null) {
                throw new NotAuthenticatedException("This endpoint requires authentication");
            }
            if (!subject.isPermitted(permission)) {
                throw new PermissionDeniedException(permission);
            }
        }
    }
}
