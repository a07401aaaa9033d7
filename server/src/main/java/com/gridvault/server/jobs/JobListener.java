package com.gridvault.server.jobs;

/** Told about every change of a job made on this node (progress streams subscribe through it). */
@FunctionalInterface
public interface JobListener {
    JobListener NONE = job -> {};

    void changed(Job job);
}
