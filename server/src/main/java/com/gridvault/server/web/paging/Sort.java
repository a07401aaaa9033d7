package com.gridvault.server.web.paging;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a list: one field, ascending or descending, with the id breaking ties in the same
 * direction. Written {@code name} or {@code -name} in the {@code sort} query parameter.
 *
 * @param field the field's API name, {@link #ID} for the default order
 * @param descending whether the order is descending
 */
public record Sort(String field, boolean descending) {

    /** The field every list can be sorted by, and is by default. */
    public static final String ID = "id";

    /** The default order: by id, ascending. */
    public static final Sort DEFAULT = new Sort(ID, false);

    /**
     * Parses the {@code sort} query parameter.
     *
     * @param value e.g. {@code -createdAt}; null or blank for {@link #DEFAULT}
     * @param sortable the fields this list may be sorted by besides {@link #ID}
     * @throws ApiException 400 naming every accepted value
     */
    public static Sort parse(String value, List<String> sortable) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String token = value.strip();
        boolean descending = token.startsWith("-");
        String field = descending ? token.substring(1) : token;
        if (!field.equals(ID) && !sortable.contains(field)) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST,
                    "Query parameter 'sort' must be one of " + String.join(", ", accepted(sortable))
                            + " (a leading '-' sorts descending), was '" + Problems.clip(value) + "'");
        }
        return new Sort(field, descending);
    }

    /** The query parameter value that gives this order, e.g. {@code -name}. */
    public String token() {
        return descending ? "-" + field : field;
    }

    private static List<String> accepted(List<String> sortable) {
        List<String> all = new ArrayList<>();
        for (String field : sortable) {
            all.add(field);
            all.add("-" + field);
        }
        all.add(ID);
        all.add("-" + ID);
        return all;
    }
}
