package com.gridvault.plugin.api.model;

import org.pf4j.ExtensionPoint;

/**
 * A pure, deterministic financial calculation contributed by a model-pack plugin.
 *
 * <p>The host lists every model of every enabled pack with JSON Schemas generated from {@link
 * #inputType()} and {@link #outputType()}, binds request JSON to the input record, calls {@link
 * #run}, and stores the exact input with the model id, model version and plugin version so the
 * run can be repeated bit for bit. Implementations are stateless and thread-safe; the heavy lifting
 * belongs in a calculator with a {@code DEFAULT} instance that the model delegates to.
 *
 * @param <I> the input record type
 * @param <O> the output record type
 */
public interface FinancialModel<I, O> extends ExtensionPoint {

    /**
     * Describes the model.
     *
     * @return the descriptor, the same on every call
     */
    ModelDescriptor descriptor();

    /**
     * Returns the input record type, from which the host generates the input JSON Schema.
     *
     * @return the input class
     */
    Class<I> inputType();

    /**
     * Returns the output record type, from which the host generates the output JSON Schema.
     *
     * @return the output class
     */
    Class<O> outputType();

    /**
     * Estimates the work an input needs, in arbitrary but consistent units (e.g. paths x steps,
     * bars x grid points). The host runs inputs above its configured threshold as background jobs
     * instead of answering synchronously. Must be cheap and must not throw for invalid input.
     *
     * @param input the input, possibly invalid
     * @return an estimate, at least 1
     */
    default long estimateWork(I input) {
        return 1;
    }

    /**
     * Runs the model.
     *
     * @param input the input; validated by this method
     * @param context limits, progress, cancellation and the executor
     * @return the result
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad field
     * @throws java.util.concurrent.CancellationException when the context was cancelled
     */
    O run(I input, ModelContext context);
}
