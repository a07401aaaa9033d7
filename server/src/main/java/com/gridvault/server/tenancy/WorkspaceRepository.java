package com.gridvault.server.tenancy;

import java.util.List;
import java.util.Optional;

/** Workspaces and projects; every method is scoped to one organization. */
public interface WorkspaceRepository {

    /** Which organization owns a workspace (a directory lookup, used only to authorize). */
    Optional<String> orgOfWorkspace(String workspaceId);

    /** Which organization owns a project (a directory lookup, used only to authorize). */
    Optional<String> orgOfProject(String projectId);

    void create(String orgId, Workspace workspace);

    Optional<Workspace> find(String orgId, String workspaceId);

    List<Workspace> list(String orgId, String cursor, int limit);

    Optional<Workspace> update(String orgId, String workspaceId, String name, String description);

    boolean delete(String orgId, String workspaceId);

    void createProject(String orgId, Project project);

    Optional<Project> findProject(String orgId, String projectId);

    List<Project> listProjects(String orgId, String workspaceId, String cursor, int limit);

    Optional<Project> updateProject(String orgId, String projectId, String name, String description);

    boolean deleteProject(String orgId, String projectId);
}
