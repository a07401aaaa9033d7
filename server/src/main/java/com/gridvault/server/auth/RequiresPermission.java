package com.gridvault.server.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Shiro permission a resource method needs, e.g. {@code plugins:manage}. Callers without it get
 * 403. A method without this annotation (and not {@link PublicEndpoint}) only needs authentication.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
    String value();
}
