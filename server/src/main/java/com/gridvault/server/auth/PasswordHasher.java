package com.gridvault.server.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes and checks passwords with Shiro's default service (Argon2id, salted, self-describing). */
@ApplicationScoped
public class PasswordHasher {

    private final PasswordService service = new DefaultPasswordService();

    public String hash(String password) {
        return service.encryptPassword(password);
    }

    PasswordService service() {
        return service;
    }
}
