package com.gridvault.server.tenancy;

import java.util.List;

/**
 * One page of a list, in the list's order.
 *
 * @param items the items
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    /** Builds a page from up to {@code limit + 1} fetched items. */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> id) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, id.apply(items.get(limit - 1)));
    }
}
