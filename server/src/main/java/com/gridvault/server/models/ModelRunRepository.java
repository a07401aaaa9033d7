package com.gridvault.server.models;

import java.util.List;
import java.util.Optional;

/** Stored model runs; every method is scoped to one organization. */
public interface ModelRunRepository {

    /** Which organization owns a run (a directory lookup, used only to authorize). */
    Optional<String> orgOfRun(String runId);

    void create(ModelRun run);

    Optional<ModelRun> find(String orgId, String runId);

    List<ModelRun> list(String orgId, String workspaceId, String modelId, String cursor, int limit);
}
