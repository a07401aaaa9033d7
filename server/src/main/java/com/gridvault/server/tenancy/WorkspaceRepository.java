package com.gridvault.server.tenancy;

import com.gridvault.server.web.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Workspaces and projects; every method is scoped to one organization. */
public interface WorkspaceRepository {

    /** Fields workspace and project lists sort by (besides {@code id}). */
    List<String> SORTABLE = List.of("name", "createdAt");

    /** Which organization owns a workspace (a directory lookup, used only to authorize). */
    Optional<String> orgOfWorkspace(String workspaceId);

    /** Which organization owns a project (a directory lookup, used only to authorize). */
    Optional<String> orgOfProject(String projectId);

    void create(String orgId, Workspace workspace);

    Optional<Workspace> find(String orgId, String workspaceId);

    /**
     * An organization's workspaces.
     *
     * @param q keeps workspaces whose name contains it, ignoring case; null for all
     */
    Page<Workspace> list(String orgId, String q, PageRequest page);

    Optional<Workspace> update(String orgId, String workspaceId, String name, String description);

    boolean delete(String orgId, String workspaceId);

    void createProject(String orgId, Project project);

    Optional<Project> findProject(String orgId, String projectId);

    /** A workspace's projects; {@code q} as in {@link #list}. */
    Page<Project> listProjects(String orgId, String workspaceId, String q, PageRequest page);

    Optional<Project> updateProject(String orgId, String projectId, String name, String description);

    boolean deleteProject(String orgId, String projectId);
}
