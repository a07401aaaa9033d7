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

    /** Lists accounts ordered by id after {@code cursor}, at most {@code limit + 1}. */
    java.util.List<User> list(String cursor, int limit);

    /** Replaces the password hash and clears the must-change flag; false for unknown ids. */
    boolean changePassword(String userId, String passwordHash);

    /** Enables or disables an account; false for unknown ids. */
    boolean setEnabled(String userId, boolean enabled);

    /** Changes the display name; false for unknown ids. */
    boolean rename(String userId, String displayName);
}
