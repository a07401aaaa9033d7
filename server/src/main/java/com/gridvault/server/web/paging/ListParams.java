package com.gridvault.server.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every sorted, filtered list takes, as one {@code @Valid @BeanParam}: {@code
 * limit}, {@code cursor}, {@code sort} and {@code q}. The list's operation names its sort fields and
 * what {@code q} matches (a method-level {@code @Parameter(name = "sort", ...)}).
 */
public class ListParams {

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(200)
    @Parameter(description = "the most items on a page")
    int limit;

    @QueryParam("cursor")
    @Size(max = Cursor.MAX_LENGTH)
    @Parameter(description = "the nextCursor of the previous page; keep sort and filters while paging")
    String cursor;

    @QueryParam("sort")
    @Size(max = 64)
    @Parameter(description = "a field of this list, or id (the default); a leading '-' sorts descending")
    String sort;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "only items whose name contains this, ignoring case")
    String q;

    /** The search text; null when none was given. */
    public String q() {
        return q;
    }

    /**
     * The order, position and size the parameters ask for.
     *
     * @param sortable the fields this list may be sorted by besides {@code id}
     * @throws com.gridvault.server.errors.ApiException 400 for an unknown field or a bad cursor
     */
    public PageRequest toPageRequest(List<String> sortable) {
        return PageRequest.of(sort, cursor, limit, sortable);
    }
}
