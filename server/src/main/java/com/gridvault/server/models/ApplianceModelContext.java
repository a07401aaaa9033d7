package com.gridvault.server.models;

import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.model.ModelLimits;
import java.util.concurrent.Executor;

/** The context of a synchronous run: the configured limits and the server's managed executor. */
record ApplianceModelContext(ModelLimits limits, Executor executor, int parallelism) implements ModelContext {

    @Override
    public void progress(double fraction, String stage) {
        // Synchronous runs answer in one response; progress matters once runs become jobs.
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
