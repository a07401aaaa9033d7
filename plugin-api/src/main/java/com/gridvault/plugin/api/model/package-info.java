/**
 * The {@link com.gridvault.plugin.api.model.FinancialModel} extension point: pure, deterministic
 * financial calculations (valuation, derivatives, quant) contributed by model-pack plugins.
 *
 * <p>A model's input and output are immutable records made of primitives, strings, enums, {@code
 * java.time.LocalDate}, lists, string-keyed maps and nested records, with no polymorphic fields, so
 * any JSON binder maps them and the host can generate a JSON Schema from them. Annotate components
 * with {@link com.gridvault.plugin.api.model.Doc} to describe them in that schema.
 */
package com.gridvault.plugin.api.model;
