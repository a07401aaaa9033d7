package com.gridvault.server.auth;

import com.gridvault.server.tenancy.Page;
import com.gridvault.server.web.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Storage of accounts. */
public interface UserRepository {

    /** Fields account lists sort by (besides {@code id}). */
    List<String> SORTABLE = List.of("username", "displayName", "createdAt");

    /** Finds an account by its (case-insensitive) user name. */
    Optional<User> findByUsername(String username);

    /** Finds an account by id. */
    Optional<User> findById(String id);

    /** Counts all accounts. */
    long count();

    /** Stores a new account. */
    void create(User user);

    /**
     * Lists accounts.
     *
     * @param q keeps accounts whose user name or display name contains it, ignoring case; null for all
     * @param enabled keeps enabled (true) or disabled (false) accounts; null for all
     */
    Page<User> list(String q, Boolean enabled, PageRequest page);

    /** Replaces the password hash and clears the must-change flag; false for unknown ids. */
    boolean changePassword(String userId, String passwordHash);

    /** Enables or disables an account; false for unknown ids. */
    boolean setEnabled(String userId, boolean enabled);

    /** Changes the display name; false for unknown ids. */
    boolean rename(String userId, String displayName);
}
