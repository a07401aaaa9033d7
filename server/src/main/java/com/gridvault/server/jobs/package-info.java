/**
 * Durable background jobs: persisted in the database, executed by db-scheduler on any node that
 * shares it, retried with exponential backoff, failed with a reason when attempts run out,
 * cancellable, resumed stage by stage after a crash, with progress pushed to subscribers.
 */
package com.gridvault.server.jobs;
