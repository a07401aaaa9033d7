package com.gridvault.server.jobs;

import com.gridvault.server.tenancy.TenantDirectory;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Tenant-scoped reads of jobs for the REST API. */
@ApplicationScoped
@Transactional
public class JobRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    public Optional<String> orgOfJob(String jobId) {
        return TenantDirectory.ownerOf(em, "job", jobId);
    }

    public Optional<Job> find(String orgId, String jobId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(JobEntity.class, jobId))
                .map(j -> j.toJob(orgId));
    }

    /** A workspace's jobs, by id (stable paging). */
    public List<Job> list(String orgId, String workspaceId, String cursor, int limit, JobStatus status) {
        String jpql = "select j from JobEntity j where j.workspaceId = :w and j.id > :cursor"
                + (status == null ? "" : " and j.status = :status") + " order by j.id";
        var query = TenantScope.of(em, orgId)
                .createQuery(jpql, JobEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("cursor", cursor == null ? "" : cursor)
                .setMaxResults(limit + 1);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultStream().map(j -> j.toJob(orgId)).toList();
    }
}
