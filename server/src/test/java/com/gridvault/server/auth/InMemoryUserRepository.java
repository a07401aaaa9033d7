package com.gridvault.server.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed repository for unit tests of the auth services (the JPA one is tested on real databases). */
final class InMemoryUserRepository implements UserRepository {

    final Map<String, User> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findByUsername(String username) {
        return Optional.ofNullable(byName.get(username.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<User> findById(String id) {
        return byName.values().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public long count() {
        return byName.size();
    }

    @Override
    public void create(User user) {
        byName.put(user.username(), user);
    }

    @Override
    public com.gridvault.server.tenancy.Page<User> list(
            String q, Boolean enabled, com.gridvault.server.web.paging.PageRequest page) {
        throw new UnsupportedOperationException("listing is tested on the JPA repository");
    }

    @Override
    public boolean changePassword(String userId, String passwordHash) {
        return replace(
                userId,
                u -> new User(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        passwordHash,
                        u.systemAdmin(),
                        u.enabled(),
                        false,
                        u.createdAt()));
    }

    @Override
    public boolean setEnabled(String userId, boolean enabled) {
        return replace(
                userId,
                u -> new User(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.passwordHash(),
                        u.systemAdmin(),
                        enabled,
                        u.mustChangePassword(),
                        u.createdAt()));
    }

    @Override
    public boolean rename(String userId, String displayName) {
        return replace(
                userId,
                u -> new User(
                        u.id(),
                        u.username(),
                        displayName,
                        u.passwordHash(),
                        u.systemAdmin(),
                        u.enabled(),
                        u.mustChangePassword(),
                        u.createdAt()));
    }

    private boolean replace(String userId, java.util.function.UnaryOperator<User> change) {
        return findById(userId)
                .map(u -> byName.put(u.username(), change.apply(u)) != null)
                .orElse(false);
    }
}
