/**
 * Lists over the API: {@code limit}, an opaque keyset {@code cursor}, {@code sort} from an
 * allow-list per list, and the JPQL that pages through a sorted, filtered list without gaps or
 * duplicates while rows are added or removed between pages.
 *
 * <p>A cursor is base64url JSON of the sort it was made for, the last item's sort value and its id;
 * the next page starts strictly after that (value, id) pair. Cursors are not signed: everything
 * they can express is a position inside a list the caller may read anyway.
 */
package com.gridvault.server.web.paging;
