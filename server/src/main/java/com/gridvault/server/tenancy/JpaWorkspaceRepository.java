package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.KeysetQuery;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * {@link WorkspaceRepository} on EclipseLink. Every method first scopes the transaction's entity
 * manager to the organization with {@link TenantScope}; EclipseLink then adds {@code org_id = ?} to
 * every statement on workspaces and projects.
 */
@ApplicationScoped
@Transactional
public class JpaWorkspaceRepository implements WorkspaceRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public Optional<String> orgOfWorkspace(String workspaceId) {
        return TenantDirectory.ownerOf(em, "workspace", workspaceId);
    }

    @Override
    public Optional<String> orgOfProject(String projectId) {
        return TenantDirectory.ownerOf(em, "project", projectId);
    }

    @Override
    public void create(String orgId, Workspace w) {
        TenantScope.of(em, orgId).persist(new WorkspaceEntity(w.id(), w.name(), w.description(), w.createdAt()));
    }

    @Override
    public Optional<Workspace> find(String orgId, String workspaceId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(WorkspaceEntity.class, workspaceId))
                .map(w -> toWorkspace(orgId, w));
    }

    @Override
    public Page<Workspace> list(String orgId, String q, PageRequest page) {
        return KeysetQuery.select("w", "WorkspaceEntity w", "w.id", row -> toWorkspace(orgId, (WorkspaceEntity) row[0]))
                .sortable("name", "lower(w.name)", String.class)
                .sortable("createdAt", "w.createdAt", OffsetDateTime.class)
                .contains(q, "w.name")
                .page(TenantScope.of(em, orgId), page);
    }

    @Override
    public Optional<Workspace> update(String orgId, String workspaceId, String name, String description) {
        WorkspaceEntity w = TenantScope.of(em, orgId).find(WorkspaceEntity.class, workspaceId);
        if (w == null) {
            return Optional.empty();
        }
        w.update(name, description);
        return Optional.of(toWorkspace(orgId, w));
    }

    @Override
    public boolean delete(String orgId, String workspaceId) {
        EntityManager scoped = TenantScope.of(em, orgId);
        WorkspaceEntity w = scoped.find(WorkspaceEntity.class, workspaceId);
        if (w == null) {
            return false;
        }
        scoped.createQuery("delete from ProjectEntity p where p.workspaceId = :w")
                .setParameter("w", workspaceId)
                .executeUpdate();
        scoped.remove(w);
        return true;
    }

    @Override
    public void createProject(String orgId, Project p) {
        TenantScope.of(em, orgId)
                .persist(new ProjectEntity(p.id(), p.workspaceId(), p.name(), p.description(), p.createdAt()));
    }

    @Override
    public Optional<Project> findProject(String orgId, String projectId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(ProjectEntity.class, projectId))
                .map(p -> toProject(orgId, p));
    }

    @Override
    public Page<Project> listProjects(String orgId, String workspaceId, String q, PageRequest page) {
        return KeysetQuery.select("p", "ProjectEntity p", "p.id", row -> toProject(orgId, (ProjectEntity) row[0]))
                .sortable("name", "lower(p.name)", String.class)
                .sortable("createdAt", "p.createdAt", OffsetDateTime.class)
                .scope("p.workspaceId = :w", "w", workspaceId)
                .contains(q, "p.name")
                .page(TenantScope.of(em, orgId), page);
    }

    @Override
    public Optional<Project> updateProject(String orgId, String projectId, String name, String description) {
        ProjectEntity p = TenantScope.of(em, orgId).find(ProjectEntity.class, projectId);
        if (p == null) {
            return Optional.empty();
        }
        p.update(name, description);
        return Optional.of(toProject(orgId, p));
    }

    @Override
    public boolean deleteProject(String orgId, String projectId) {
        EntityManager scoped = TenantScope.of(em, orgId);
        ProjectEntity p = scoped.find(ProjectEntity.class, projectId);
        if (p == null) {
            return false;
        }
        scoped.remove(p);
        return true;
    }

    private static Workspace toWorkspace(String orgId, WorkspaceEntity w) {
        return new Workspace(w.id, orgId, w.name, w.description, w.createdAt);
    }

    private static Project toProject(String orgId, ProjectEntity p) {
        return new Project(p.id, orgId, p.workspaceId, p.name, p.description, p.createdAt);
    }
}
