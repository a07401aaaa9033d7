package com.gridvault.server.web.paging;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A JPQL list query paged by keyset: {@code where <scope> and <filters> and (sortValue, id) after
 * the cursor order by sortValue, id}, fetching one row more than the limit to know whether a next
 * page exists. Sort and filter expressions come from the repository, never from the client; client
 * values are always bound as parameters.
 *
 * <pre>{@code
 * KeysetQuery.select("w", "WorkspaceEntity w", "w.id", row -> toWorkspace((WorkspaceEntity) row[0]))
 *         .sortable("name", "lower(w.name)", String.class)
 *         .sortable("createdAt", "w.createdAt", OffsetDateTime.class)
 *         .contains(q, "w.name")
 *         .page(em, request);
 * }</pre>
 *
 * @param <T> the item type
 */
public final class KeysetQuery<T> {

    /**
     * The LIKE escape character: the default of both supported databases (H2 and PostgreSQL). An
     * explicit {@code ESCAPE} clause would make EclipseLink's H2 platform print every parameter of
     * the statement as a literal instead of binding it.
     */
    private static final char ESCAPE = '\\';

    private final String select;
    private final String from;
    private final String idPath;
    private final Function<Object[], T> mapper;
    private final Map<String, SortKey> sortKeys = new HashMap<>();
    private final List<String> scope = new ArrayList<>();
    private final List<String> filters = new ArrayList<>();
    private final Map<String, Object> scopeParameters = new LinkedHashMap<>();
    private final Map<String, Object> filterParameters = new LinkedHashMap<>();

    private record SortKey(String expression, Class<?> type) {}

    private KeysetQuery(String select, String from, String idPath, Function<Object[], T> mapper) {
        this.select = select;
        this.from = from;
        this.idPath = idPath;
        this.mapper = mapper;
        sortKeys.put(Sort.ID, new SortKey(idPath, String.class));
    }

    /**
     * Starts a query.
     *
     * @param select the JPQL select items, e.g. {@code o, m.role}
     * @param from the JPQL from clause, e.g. {@code OrganizationEntity o, MembershipEntity m}
     * @param idPath the path of the unique, string id that breaks ties, e.g. {@code o.id}
     * @param mapper turns a row (the select items, then the sort value and the id) into an item
     */
    public static <T> KeysetQuery<T> select(String select, String from, String idPath, Function<Object[], T> mapper) {
        return new KeysetQuery<>(select, from, idPath, mapper);
    }

    /**
     * Declares a sort field.
     *
     * @param field the API name, as listed in the {@code sort} allow-list
     * @param expression its JPQL expression, e.g. {@code lower(w.name)}; must not be null in any row
     * @param type {@code String.class} or {@code OffsetDateTime.class}
     */
    public KeysetQuery<T> sortable(String field, String expression, Class<?> type) {
        if (type != String.class && type != OffsetDateTime.class) {
            throw new IllegalArgumentException("Unsupported sort value type: " + type);
        }
        sortKeys.put(field, new SortKey(expression, type));
        return this;
    }

    /** A condition that defines the list (joins, the owner); also applies when a cursor's item is looked up. */
    public KeysetQuery<T> scope(String clause, String parameter, Object value) {
        scope.add(clause);
        scopeParameters.put(parameter, value);
        return this;
    }

    /** A condition without parameters that defines the list. */
    public KeysetQuery<T> scope(String clause) {
        scope.add(clause);
        return this;
    }

    /** A filter the client asked for; skipped when {@code value} is null. */
    public KeysetQuery<T> filter(String clause, String parameter, Object value) {
        if (value != null) {
            filters.add(clause);
            filterParameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Keeps rows where any of the paths contains {@code text}, ignoring case. {@code %} and {@code _}
     * in the text match themselves, not any characters.
     *
     * @param text the client's search text; null or empty for no filter
     * @param paths JPQL string paths, e.g. {@code u.username}
     */
    public KeysetQuery<T> contains(String text, String... paths) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String path : paths) {
            any.add("lower(" + path + ") like :gvContains");
        }
        filters.add("(" + String.join(" or ", any) + ")");
        filterParameters.put("gvContains", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        return this;
    }

    /**
     * Runs the query for one page.
     *
     * @param em the (tenant-scoped, where the entities need it) entity manager of the transaction
     * @param request order, position and size
     * @return the page, with a cursor when more rows follow
     */
    public Page<T> page(EntityManager em, PageRequest request) {
        Sort sort = request.sort();
        SortKey key = sortKeys.get(sort.field());
        if (key == null) {
            throw new IllegalStateException("No sort expression for '" + sort.field() + "'");
        }
        List<String> where = new ArrayList<>(scope);
        where.addAll(filters);
        Map<String, Object> bound = new LinkedHashMap<>(scopeParameters);
        bound.putAll(filterParameters);
        Cursor after = request.after();
        if (after != null) {
            String op = sort.descending() ? "<" : ">";
            bound.put("gvAfterId", after.id());
            if (sort.field().equals(Sort.ID)) {
                where.add(idPath + " " + op + " :gvAfterId");
            } else {
                bound.put("gvAfterValue", afterValue(em, key, after));
                where.add("(" + key.expression() + " " + op + " :gvAfterValue or (" + key.expression()
                        + " = :gvAfterValue and " + idPath + " " + op + " :gvAfterId))");
            }
        }
        String direction = sort.descending() ? " desc" : " asc";
        String jpql = "select " + select + ", " + key.expression() + ", " + idPath + " from " + from
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + key.expression() + direction
                + (sort.field().equals(Sort.ID) ? "" : ", " + idPath + direction);
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        bound.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(request.limit() + 1).getResultList();
        List<T> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), request.limit()); i++) {
            items.add(mapper.apply(rows.get(i)));
        }
        String next = null;
        if (rows.size() > request.limit()) {
            Object[] last = rows.get(request.limit() - 1);
            Object value = last[last.length - 2];
            next = Cursor.after(sort, value == null ? null : value.toString(), (String) last[last.length - 1])
                    .encode();
        }
        return new Page<>(List.copyOf(items), next);
    }

    private Object afterValue(EntityManager em, SortKey key, Cursor after) {
        if (after.value() == null) {
            // The value was too long for the cursor: read it from the item, within the list's scope.
            List<String> where = new ArrayList<>(scope);
            where.add(idPath + " = :gvAfterId");
            TypedQuery<Object> query = em.createQuery(
                    "select " + key.expression() + " from " + from + " where " + String.join(" and ", where),
                    Object.class);
            query.setParameter("gvAfterId", after.id());
            scopeParameters.forEach(query::setParameter);
            return query.getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ApiException(
                            ProblemType.BAD_REQUEST,
                            "The item this cursor continues after no longer exists;"
                                    + " start again without a cursor"));
        }
        if (key.type() == OffsetDateTime.class) {
            try {
                return OffsetDateTime.parse(after.value());
            } catch (DateTimeParseException e) {
                throw Cursor.invalid();
            }
        }
        return after.value();
    }

    /** Escapes the LIKE wildcards and the escape character itself. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
