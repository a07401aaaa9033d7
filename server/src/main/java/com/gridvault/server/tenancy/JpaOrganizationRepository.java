package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.KeysetQuery;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link OrganizationRepository} on EclipseLink. */
@ApplicationScoped
@Transactional
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public void create(Organization organization, String ownerUserId) {
        em.persist(new OrganizationEntity(
                organization.id(), organization.name(), organization.plan(), organization.createdAt()));
        // Memberships reference the organization by key only; write the organization first.
        em.flush();
        em.persist(MembershipEntity.byHand(organization.id(), ownerUserId, Role.OWNER, organization.createdAt()));
    }

    @Override
    public Optional<Organization> find(String orgId) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, orgId)).map(o -> toOrganization(o, null));
    }

    @Override
    public Page<Organization> forUser(String userId, String q, PageRequest page) {
        return organizations(KeysetQuery.select(
                                "o, m.role",
                                "OrganizationEntity o, MembershipEntity m",
                                "o.id",
                                row -> toOrganization((OrganizationEntity) row[0], (Role) row[1]))
                        .scope("m.orgId = o.id and m.userId = :user", "user", userId))
                .contains(q, "o.name")
                .page(em, page);
    }

    @Override
    public Page<Organization> all(String q, PageRequest page) {
        return organizations(KeysetQuery.select(
                        "o", "OrganizationEntity o", "o.id", row -> toOrganization((OrganizationEntity) row[0], null)))
                .contains(q, "o.name")
                .page(em, page);
    }

    private static KeysetQuery<Organization> organizations(KeysetQuery<Organization> query) {
        return query.sortable("name", "lower(o.name)", String.class)
                .sortable("createdAt", "o.createdAt", OffsetDateTime.class);
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
    public Page<Member> members(String orgId, String q, Role role, PageRequest page) {
        return KeysetQuery.select(
                        "m, u.username", "MembershipEntity m, UserEntity u", "m.userId", row -> ((MembershipEntity)
                                        row[0])
                                .toMember((String) row[1]))
                .sortable("username", "u.username", String.class)
                .sortable("since", "m.createdAt", OffsetDateTime.class)
                .scope("u.id = m.userId and m.orgId = :org", "org", orgId)
                .contains(q, "u.username")
                .filter("m.role = :role", "role", role)
                .page(em, page);
    }

    @Override
    public void addMember(String orgId, String userId, Role role) {
        em.persist(MembershipEntity.byHand(orgId, userId, role, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Override
    public void grantByHand(String orgId, String userId, Role role) {
        MembershipEntity m = em.find(MembershipEntity.class, new MembershipEntity.Key(orgId, userId));
        if (m == null) {
            addMember(orgId, userId, role);
        } else {
            m.grantByHand(role);
        }
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

    @Override
    public Optional<Role> setDirectoryRole(String orgId, String userId, Role role) {
        MembershipEntity m = em.find(MembershipEntity.class, new MembershipEntity.Key(orgId, userId));
        if (m == null) {
            if (role == null) {
                return Optional.empty();
            }
            em.persist(MembershipEntity.fromDirectory(orgId, userId, role, OffsetDateTime.now(ZoneOffset.UTC)));
            return Optional.of(role);
        }
        if (Role.higher(m.manualRole, role) == null) {
            em.remove(m);
            return Optional.empty();
        }
        return Optional.of(m.directoryRole(role));
    }

    @Override
    public Map<String, Member> grants(String userId) {
        return em.createQuery(
                        "select m, u.username from MembershipEntity m, UserEntity u"
                                + " where u.id = m.userId and m.userId = :user",
                        Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .collect(Collectors.toMap(row -> ((MembershipEntity) row[0]).orgId, row -> ((MembershipEntity) row[0])
                        .toMember((String) row[1])));
    }

    private static Organization toOrganization(OrganizationEntity o, Role role) {
        return new Organization(o.id, o.name, o.plan, o.createdAt, role);
    }
}
