package com.gridvault.server.auth;

import java.util.Optional;

/** Storage of accounts. */
public interface UserRepository {

    /** Finds an account by its (case-insensitive) user name. */
    Optional<User> findByUsername(String username);

    /** Finds an account by id. */
    Optional<User> findById(String id);

    /** Counts all accounts. */
    long count();

    /** Stores a new account. */
    void create(User user);
}
