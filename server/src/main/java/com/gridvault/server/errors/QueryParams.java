package com.gridvault.server.errors;

import java.util.Arrays;
import java.util.Locale;

/** Parses query parameters with 400 problems that name the parameter and the accepted values. */
public final class QueryParams {

    private QueryParams() {}

    /**
     * Parses an enum constant, case-insensitively.
     *
     * @return the constant, or null when {@code value} is null or blank
     * @throws ApiException 400 naming the parameter and the allowed values
     */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST,
                    "Query parameter '" + name + "' must be one of " + Arrays.toString(type.getEnumConstants())
                            + ", was '" + Problems.clip(value) + "'");
        }
    }
}
