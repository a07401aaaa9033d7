package com.gridvault.server.auth;

import com.gridvault.server.tenancy.Page;
import com.gridvault.server.web.paging.KeysetQuery;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** {@link UserRepository} on EclipseLink. */
@ApplicationScoped
@Transactional
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from UserEntity u where u.username = :name", UserEntity.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(UserEntity::toUser);
    }

    @Override
    public Optional<User> findById(String id) {
        return Optional.ofNullable(em.find(UserEntity.class, id)).map(UserEntity::toUser);
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
    }

    @Override
    public void create(User user) {
        em.persist(new UserEntity(user));
    }

    @Override
    public Page<User> list(String q, Boolean enabled, PageRequest page) {
        return KeysetQuery.select("u", "UserEntity u", "u.id", row -> ((UserEntity) row[0]).toUser())
                .sortable("username", "u.username", String.class)
                .sortable("displayName", "lower(u.displayName)", String.class)
                .sortable("createdAt", "u.createdAt", OffsetDateTime.class)
                .contains(q, "u.username", "u.displayName")
                .filter("u.enabled = :enabled", "enabled", enabled)
                .page(em, page);
    }

    @Override
    public boolean changePassword(String userId, String passwordHash) {
        UserEntity u = em.find(UserEntity.class, userId);
        if (u == null) {
            return false;
        }
        u.changePassword(passwordHash);
        return true;
    }

    @Override
    public boolean setEnabled(String userId, boolean enabled) {
        UserEntity u = em.find(UserEntity.class, userId);
        if (u == null) {
            return false;
        }
        u.setEnabled(enabled);
        return true;
    }

    @Override
    public boolean rename(String userId, String displayName) {
        UserEntity u = em.find(UserEntity.class, userId);
        if (u == null) {
            return false;
        }
        u.rename(displayName);
        return true;
    }
}
