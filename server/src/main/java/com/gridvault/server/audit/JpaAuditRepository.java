package com.gridvault.server.audit;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AuditRepository} on EclipseLink, scoped to one chain with {@link TenantScope}.
 *
 * <p>Concurrency: an append first locks the chain's entry seq 1 with {@code SELECT ... FOR UPDATE}
 * (a per-chain mutex that needs no second table), then reads the last entry in a new statement,
 * which under READ COMMITTED sees every append that committed while it waited. The very first append
 * of a chain has nothing to lock; two racing first appends collide on {@code UNIQUE (chain_id, seq)}
 * and {@link AuditLog} retries the loser in a new transaction. Either way the chain cannot fork.
 */
@ApplicationScoped
@Transactional
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry append(AuditEntry.Draft draft) {
        EntityManager scoped = TenantScope.of(em, draft.chainId());
        List<AuditEntryEntity> first = scoped.createQuery(
                        "select e from AuditEntryEntity e where e.seq = 1", AuditEntryEntity.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        AuditEntry entry;
        if (first.isEmpty()) {
            entry = AuditEntry.seal(draft, 1, AuditEntry.GENESIS);
        } else {
            AuditEntryEntity last = scoped.createQuery(
                            "select e from AuditEntryEntity e order by e.seq desc", AuditEntryEntity.class)
                    .setMaxResults(1)
                    .getSingleResult();
            entry = AuditEntry.seal(draft, last.seq + 1, last.hash);
        }
        scoped.persist(new AuditEntryEntity(entry));
        scoped.flush();
        return entry;
    }

    @Override
    public List<AuditEntry> list(String chainId, AuditQuery query, Long beforeSeq, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntryEntity e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (beforeSeq != null) {
            jpql.append(" and e.seq < :before");
            parameters.put("before", beforeSeq);
        }
        if (query.action() != null && query.action().endsWith(".*")) {
            jpql.append(" and e.action like :action escape '!'");
            parameters.put(
                    "action",
                    likePrefix(query.action().substring(0, query.action().length() - 1)));
        } else if (query.action() != null) {
            jpql.append(" and e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.actor() != null) {
            jpql.append(" and (e.actorUserId = :actor or e.actorName = :actor)");
            parameters.put("actor", query.actor());
        }
        if (query.outcome() != null) {
            jpql.append(" and e.outcome = :outcome");
            parameters.put("outcome", query.outcome());
        }
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
        jpql.append(" order by e.seq desc");
        TypedQuery<AuditEntryEntity> typed =
                TenantScope.of(em, chainId).createQuery(jpql.toString(), AuditEntryEntity.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit)
                .getResultStream()
                .map(AuditEntryEntity::toEntry)
                .toList();
    }

    @Override
    public List<AuditEntry> chain(String chainId, long afterSeq, int limit) {
        return TenantScope.of(em, chainId)
                .createQuery(
                        "select e from AuditEntryEntity e where e.seq > :after order by e.seq", AuditEntryEntity.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditEntryEntity::toEntry)
                .toList();
    }

    /** A LIKE pattern matching values that start with {@code prefix} literally ('!' escapes). */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
