package com.gridvault.server.web.paging;

import java.util.List;

/**
 * Which page of a list to return: its order, where to continue and how many items.
 *
 * @param sort the order
 * @param after the position to continue after; null for the first page
 * @param limit the most items to return
 */
public record PageRequest(Sort sort, Cursor after, int limit) {

    /**
     * Reads the {@code sort}, {@code cursor} and {@code limit} query parameters of a list.
     *
     * @param sort the {@code sort} parameter (null for the default order)
     * @param cursor the {@code cursor} parameter (null for the first page)
     * @param limit the {@code limit} parameter (already validated by Bean Validation)
     * @param sortable the fields the list may be sorted by besides {@code id}
     * @throws com.gridvault.server.errors.ApiException 400 for an unknown field or a bad cursor
     */
    public static PageRequest of(String sort, String cursor, int limit, List<String> sortable) {
        Sort order = Sort.parse(sort, sortable);
        return new PageRequest(order, Cursor.decode(cursor, order), limit);
    }

    /** The first {@code limit} items in the default order. */
    public static PageRequest first(int limit) {
        return new PageRequest(Sort.DEFAULT, null, limit);
    }
}
