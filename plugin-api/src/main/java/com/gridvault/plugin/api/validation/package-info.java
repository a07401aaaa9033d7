/**
 * Input validation that names every bad field.
 *
 * <p>Extensions validate their inputs with {@link com.gridvault.plugin.api.validation.FieldErrors}
 * and throw {@link com.gridvault.plugin.api.validation.InvalidInputException}; the host turns it
 * into a 400 {@code application/problem+json} response that lists each field path and message.
 * Paths use dots for record components and brackets for list indices, e.g. {@code bars[3].close}.
 */
package com.gridvault.plugin.api.validation;
