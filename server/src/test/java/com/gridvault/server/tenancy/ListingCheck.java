package com.gridvault.server.tenancy;

import static com.gridvault.server.tenancy.TenancyRepositories.organizations;
import static com.gridvault.server.tenancy.TenancyRepositories.workspaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.auth.JpaUserRepositoryAccess;
import com.gridvault.server.auth.User;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.persistence.Transactions;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sorted, filtered keyset pages on each supported database, run by {@code
 * PersistenceOnBothDatabasesTest}: every order pages through all rows exactly once, a cursor whose
 * sort value was too long to carry still continues, and {@code %}, {@code _} and {@code !} in a
 * search match only themselves.
 */
public final class ListingCheck {

    private ListingCheck() {}

    public static void run(EntityManagerFactory emf) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String owner = UUID.randomUUID().toString();
        String org = UUID.randomUUID().toString();
        String searchOrg = UUID.randomUUID().toString();
        Transactions.run(emf, em -> JpaUserRepositoryAccess.create(em)
                .create(new User(owner, "owner-" + tag, "Owner", "$hash", false, true, false, t0)));
        Transactions.run(emf, em -> {
            organizations(em).create(new Organization(org, "Sorted " + tag, Plan.FREE, t0, Role.OWNER), owner);
            organizations(em).create(new Organization(searchOrg, "Search " + tag, Plan.FREE, t0, Role.OWNER), owner);
        });
        // Letters only, so that byte order (H2) and PostgreSQL's collation agree on the expected order.
        String longName = "echo" + "x".repeat(300);
        List<String> created = List.of("delta", "Alpha", "charlie", "Bravo", longName, "foxtrot", "golf", "hotel");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Workspace w = new Workspace(id, org, created.get(i), null, t0.plusSeconds(i));
            Transactions.run(emf, em -> workspaces(em).create(org, w));
        }
        List<String> byName = created.stream()
                .sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)))
                .toList();

        assertThat(names(emf, org, "name", 3)).as("sort=name").containsExactlyElementsOf(byName);
        assertThat(names(emf, org, "-name", 3)).as("sort=-name").containsExactlyElementsOf(reversed(byName));
        assertThat(names(emf, org, "createdAt", 3)).as("sort=createdAt").containsExactlyElementsOf(created);
        assertThat(names(emf, org, "-createdAt", 2)).as("sort=-createdAt").containsExactlyElementsOf(reversed(created));
        assertThat(names(emf, org, "name", 1))
                .as("one by one: the cursor after the long name carries no value")
                .containsExactlyElementsOf(byName);
        assertThat(all(emf, page -> workspaces(page.em).list(org, null, page.request), null, 3))
                .extracting(Workspace::id)
                .as("default order: by id")
                .containsExactlyElementsOf(ids.stream().sorted().toList());

        Page<Workspace> upToLong = Transactions.call(emf, em -> workspaces(em)
                .list(org, "echo", PageRequest.of("name", null, 1, WorkspaceRepository.SORTABLE)));
        assertThat(upToLong.items()).extracting(Workspace::name).containsExactly(longName);
        assertThat(upToLong.nextCursor()).as("a filter that leaves one row").isNull();
        Page<Workspace> toLong = Transactions.call(emf, em -> workspaces(em)
                .list(org, null, PageRequest.of("name", null, 5, WorkspaceRepository.SORTABLE)));
        assertThat(toLong.items().get(4).name()).isEqualTo(longName);
        assertThat(toLong.nextCursor().length()).as("cursor stays short").isLessThan(200);
        Transactions.run(emf, em -> workspaces(em).delete(org, ids.get(created.indexOf(longName))));
        assertThatThrownBy(() -> Transactions.call(emf, em -> workspaces(em)
                        .list(org, null, PageRequest.of("name", toLong.nextCursor(), 5, WorkspaceRepository.SORTABLE))))
                .as("the long-named item the cursor points at is gone")
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("no longer exists");

        for (String name :
                List.of("50% off", "500 off", "echo_1", "echo11", "wow!", "wow", "Wow", "c:\\temp", "c:temp")) {
            Workspace w = new Workspace(UUID.randomUUID().toString(), searchOrg, name, null, t0);
            Transactions.run(emf, em -> workspaces(em).create(searchOrg, w));
        }
        assertThat(search(emf, searchOrg, "%")).containsExactly("50% off");
        assertThat(search(emf, searchOrg, "0%")).containsExactly("50% off");
        assertThat(search(emf, searchOrg, "_")).containsExactly("echo_1");
        assertThat(search(emf, searchOrg, "o_1")).containsExactly("echo_1");
        assertThat(search(emf, searchOrg, "!")).containsExactly("wow!");
        assertThat(search(emf, searchOrg, "\\")).containsExactly("c:\\temp");
        assertThat(search(emf, searchOrg, ":\\t")).containsExactly("c:\\temp");
        assertThat(search(emf, searchOrg, "WOW")).containsExactlyInAnyOrder("wow!", "wow", "Wow");
        assertThat(search(emf, searchOrg, "'; drop table workspace; --")).isEmpty();
        assertThat(all(emf, page -> workspaces(page.em).list(searchOrg, null, page.request), "-createdAt", 2))
                .extracting(Workspace::id)
                .as("equal sort values: the id breaks the tie in the same direction, across pages")
                .hasSize(9)
                .isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(Transactions.call(emf, em -> organizations(em)
                                .forUser(
                                        owner, tag, PageRequest.of("-name", null, 10, OrganizationRepository.SORTABLE)))
                        .items())
                .extracting(Organization::name)
                .containsExactly("Sorted " + tag, "Search " + tag);
        accounts(emf, tag, t0);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void accounts(EntityManagerFactory emf, String tag, OffsetDateTime t0) {
        for (String name : List.of("b", "a", "c")) {
            Transactions.run(emf, em -> JpaUserRepositoryAccess.create(em)
                    .create(new User(
                            UUID.randomUUID().toString(),
                            name + "-" + tag,
                            "Name " + name.toUpperCase(Locale.ROOT),
                            "$hash",
                            false,
                            !name.equals("c"),
                            false,
                            t0)));
        }
        assertThat(accountNames(emf, tag, null, "-username"))
                .containsExactly("owner-" + tag, "c-" + tag, "b-" + tag, "a-" + tag);
        assertThat(accountNames(emf, tag, false, null)).containsExactly("c-" + tag);
        assertThat(accountNames(emf, tag, true, "displayName")).containsExactly("a-" + tag, "b-" + tag, "owner-" + tag);
    }

    private static List<String> accountNames(EntityManagerFactory emf, String tag, Boolean enabled, String sort) {
        return Transactions.call(emf, em -> JpaUserRepositoryAccess.create(em)
                        .list(
                                tag,
                                enabled,
                                PageRequest.of(sort, null, 50, com.gridvault.server.auth.UserRepository.SORTABLE)))
                .items()
                .stream()
                .map(User::username)
                .toList();
    }

    private record PageCall(EntityManager em, PageRequest request) {}

    private static List<String> names(EntityManagerFactory emf, String org, String sort, int limit) {
        return all(emf, page -> workspaces(page.em).list(org, null, page.request), sort, limit).stream()
                .map(Workspace::name)
                .toList();
    }

    private static List<String> search(EntityManagerFactory emf, String org, String q) {
        return all(emf, page -> workspaces(page.em).list(org, q, page.request), null, 50).stream()
                .map(Workspace::name)
                .toList();
    }

    /** Pages through a whole list, failing on a repeated item. */
    private static <T> List<T> all(EntityManagerFactory emf, Function<PageCall, Page<T>> list, String sort, int limit) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageRequest request = PageRequest.of(sort, cursor, limit, WorkspaceRepository.SORTABLE);
            Page<T> page = Transactions.call(emf, em -> list.apply(new PageCall(em, request)));
            assertThat(page.items().size()).isLessThanOrEqualTo(limit);
            for (T item : page.items()) {
                assertThat(items).as("no item twice").doesNotContain(item);
                items.add(item);
            }
            cursor = page.nextCursor();
            assertThat(++pages).as("pages end").isLessThan(100);
        } while (cursor != null);
        return items;
    }
}
