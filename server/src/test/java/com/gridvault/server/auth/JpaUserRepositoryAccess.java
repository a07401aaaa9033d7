package com.gridvault.server.auth;

import jakarta.persistence.EntityManager;

/** Gives persistence tests in other packages a repository bound to their own entity manager. */
public final class JpaUserRepositoryAccess {

    private JpaUserRepositoryAccess() {}

    public static UserRepository create(EntityManager em) {
        JpaUserRepository repository = new JpaUserRepository();
        repository.em = em;
        return repository;
    }
}
