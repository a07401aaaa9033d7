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
}
