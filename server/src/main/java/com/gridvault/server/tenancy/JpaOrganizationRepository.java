package com.gridvault.server.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link OrganizationRepository} on EclipseLink. */
@ApplicationScoped
@Transactional
public class JpaOrganizationRepository implements OrganizationRepository {

    private static final String NO_CURSOR = "";

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public void create(Organization organization, String ownerUserId) {
        em.persist(new OrganizationEntity(
                organization.id(), organization.name(), organization.plan(), organization.createdAt()));
        // Memberships reference the organization by key only; write the organization first.
        em.flush();
        em.persist(new MembershipEntity(organization.id(), ownerUserId, Role.OWNER, organization.createdAt()));
    }

    @Override
    public Optional<Organization> find(String orgId) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, orgId)).map(o -> toOrganization(o, null));
    }

    @Override
    public List<Organization> forUser(String userId, String cursor, int limit) {
        return em
                .createQuery(
                        "select o, m.role from OrganizationEntity o, MembershipEntity m "
                                + "where m.orgId = o.id and m.userId = :user and o.id > :cursor order by o.id",
                        Object[].class)
                .setParameter("user", userId)
                .setParameter("cursor", cursor == null ? NO_CURSOR : cursor)
                .setMaxResults(limit + 1)
                .getResultList()
                .stream()
                .map(row -> toOrganization((OrganizationEntity) row[0], (Role) row[1]))
                .toList();
    }

    @Override
    public List<Organization> all(String cursor, int limit) {
        return em
                .createQuery(
                        "select o from OrganizationEntity o where o.id > :cursor order by o.id",
                        OrganizationEntity.class)
                .setParameter("cursor", cursor == null ? NO_CURSOR : cursor)
                .setMaxResults(limit + 1)
                .getResultList()
                .stream()
                .map(o -> toOrganization(o, null))
                .toList();
    }

    @Override
    public void rename(String orgId, String name, Plan plan) {
        OrganizationEntity entity = em.find(OrganizationEntity.class, orgId);
        if (entity != null) {
            entity.update(name, plan);
        }
    }

    @Override
    public void delete(String orgId) {
        em.createQuery("delete from MembershipEntity m where m.orgId = :org")
                .setParameter("org", orgId)
                .executeUpdate();
        OrganizationEntity entity = em.find(OrganizationEntity.class, orgId);
        if (entity != null) {
            em.remove(entity);
        }
    }

    @Override
    public Optional<Role> roleOf(String orgId, String userId) {
        return Optional.ofNullable(em.find(MembershipEntity.class, new MembershipEntity.Key(orgId, userId)))
                .map(m -> m.role);
    }

    @Override
    public Map<String, Role> memberships(String userId) {
        return em.createQuery("select m from MembershipEntity m where m.userId = :user", MembershipEntity.class)
                .setParameter("user", userId)
                .getResultStream()
                .collect(Collectors.toMap(m -> m.orgId, m -> m.role));
    }

    @Override
    public List<Member> members(String orgId, String cursor, int limit) {
        return em
                .createQuery(
                        "select m.userId, u.username, m.role, m.createdAt from MembershipEntity m, UserEntity u "
                                + "where u.id = m.userId and m.orgId = :org and m.userId > :cursor order by m.userId",
                        Object[].class)
                .setParameter("org", orgId)
                .setParameter("cursor", cursor == null ? NO_CURSOR : cursor)
                .setMaxResults(limit + 1)
                .getResultList()
                .stream()
                .map(row -> new Member((String) row[0], (String) row[1], (Role) row[2], (OffsetDateTime) row[3]))
                .toList();
    }

    @Override
    public void addMember(String orgId, String userId, Role role) {
        em.persist(new MembershipEntity(orgId, userId, role, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Override
    public boolean changeRole(String orgId, String userId, Role role) {
        MembershipEntity m = em.find(MembershipEntity.class, new MembershipEntity.Key(orgId, userId));
        if (m == null) {
            return false;
        }
        m.changeRole(role);
        return true;
    }

    @Override
    public boolean removeMember(String orgId, String userId) {
        MembershipEntity m = em.find(MembershipEntity.class, new MembershipEntity.Key(orgId, userId));
        if (m == null) {
            return false;
        }
        em.remove(m);
        return true;
    }

    @Override
    public long countOwners(String orgId) {
        return em.createQuery(
                        "select count(m) from MembershipEntity m where m.orgId = :org and m.role = :role", Long.class)
                .setParameter("org", orgId)
                .setParameter("role", Role.OWNER)
                .getSingleResult();
    }

    private static Organization toOrganization(OrganizationEntity o, Role role) {
        return new Organization(o.id, o.name, o.plan, o.createdAt, role);
    }
}
