package com.gridvault.server.startup;

import com.gridvault.server.persistence.MigrationReport;
import jakarta.enterprise.context.ApplicationScoped;

/** What the start sequence achieved, for the health checks. */
@ApplicationScoped
public class StartupState {

    private volatile MigrationReport migration;
    private volatile boolean completed;
    private volatile String failure;

    void migrated(MigrationReport report) {
        this.migration = report;
    }

    void completed() {
        this.completed = true;
    }

    void failed(String reason) {
        this.failure = reason;
    }

    public MigrationReport migration() {
        return migration;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String failure() {
        return failure;
    }
}
