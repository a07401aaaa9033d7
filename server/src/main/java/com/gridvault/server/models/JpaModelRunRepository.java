package com.gridvault.server.models;

import com.gridvault.server.tenancy.TenantDirectory;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link ModelRunRepository} on EclipseLink, tenant-scoped through {@link TenantScope}. */
@ApplicationScoped
@Transactional
public class JpaModelRunRepository implements ModelRunRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public Optional<String> orgOfRun(String runId) {
        return TenantDirectory.ownerOf(em, "model_run", runId);
    }

    @Override
    public void create(ModelRun run) {
        TenantScope.of(em, run.orgId()).persist(new ModelRunEntity(run));
    }

    @Override
    public Optional<ModelRun> find(String orgId, String runId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(ModelRunEntity.class, runId))
                .map(r -> r.toRun(orgId));
    }

    @Override
    public List<ModelRun> list(String orgId, String workspaceId, String modelId, String cursor, int limit) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select r from ModelRunEntity r where r.workspaceId = :w and r.modelId = :m and r.id > :cursor "
                                + "order by r.id",
                        ModelRunEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("m", modelId)
                .setParameter("cursor", cursor == null ? "" : cursor)
                .setMaxResults(limit + 1)
                .getResultStream()
                .map(r -> r.toRun(orgId))
                .toList();
    }
}
