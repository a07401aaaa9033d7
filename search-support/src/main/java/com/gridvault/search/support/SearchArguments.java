package com.gridvault.search.support;

import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The argument checks every {@code SearchBackend} makes before it touches its index. */
public final class SearchArguments {

    private SearchArguments() {}

    /**
     * Requires a tenant and a workspace.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @throws InvalidInputException naming each blank argument
     */
    public static void checkScope(String tenantId, String workspaceId) {
        FieldErrors.create()
                .check(!blank(tenantId), "tenantId", "must not be blank")
                .check(!blank(workspaceId), "workspaceId", "must not be blank")
                .throwIfAny();
    }

    /**
     * Requires a tenant, a workspace and a document.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @param documentId the document
     * @throws InvalidInputException naming each blank argument
     */
    public static void checkDocument(String tenantId, String workspaceId, String documentId) {
        FieldErrors.create()
                .check(!blank(tenantId), "tenantId", "must not be blank")
                .check(!blank(workspaceId), "workspaceId", "must not be blank")
                .check(!blank(documentId), "documentId", "must not be blank")
                .throwIfAny();
    }

    /**
     * Requires a valid query whose vector, if any, has the index's dimension.
     *
     * @param query the query, already known not to be null
     * @param problems the query's own problems ({@link SearchQuery#problems()})
     * @param indexDimension the dimension of the indexed vectors; 0 or less while there are none
     * @throws InvalidInputException listing the problems and a dimension mismatch
     */
    public static void checkQuery(SearchQuery query, List<FieldError> problems, int indexDimension) {
        List<FieldError> errors = new ArrayList<>(problems);
        float[] vector = query.vector();
        if (vector != null
                && indexDimension > 0
                && vector.length != indexDimension
                && errors.stream().noneMatch(e -> e.path().startsWith("vector"))) {
            errors.add(new FieldError(
                    "vector",
                    "must have " + indexDimension + " dimensions like the indexed vectors, had " + vector.length));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
