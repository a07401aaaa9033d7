package com.gridvault.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sorting and filtering of the paginated lists (organizations, members, accounts, workspaces,
 * projects) on the real server: both directions, paging through a sorted list with a small limit
 * without gaps or duplicates, filter combinations, literal {@code %} and {@code _}, and 400 problems
 * for unknown sort fields and foreign or broken cursors.
 */
class ListingIT {

    private static final ItUsers USERS = new ItUsers();
    private static final String SUFFIX = USERS.suffix();
    private static final List<String> WORKSPACES =
            List.of("delta", "Alpha", "charlie", "Bravo", "echo", "Foxtrot", "golf");

    private static String org;
    private static String deltaWorkspace;
    private static final List<String> orgsInCreationOrder = new ArrayList<>();

    @BeforeAll
    static void anOrganizationWithSevenWorkspaces() {
        List<String> accounts = List.of("lia", "lou", "lee", "lyn", "off");
        USERS.create(accounts.toArray(String[]::new));
        for (int i = 0; i < accounts.size(); i++) {
            // Display names in the opposite order of the user names, and not contained in them.
            USERS.as(accounts.get(i))
                    .body(Map.of("displayName", displayName(accounts.size() - i)))
                    .patch("/api/v1/users/me")
                    .then()
                    .statusCode(200);
        }
        for (String name : List.of("Listing ", "zeta ", "Beta ")) {
            orgsInCreationOrder.add(USERS.organization("lia", name + SUFFIX));
        }
        org = orgsInCreationOrder.get(0);
        USERS.addMember("lia", org, "lou", "VIEWER");
        USERS.addMember("lia", org, "lee", "ANALYST");
        USERS.addMember("lia", org, "lyn", "VIEWER");
        for (String name : WORKSPACES) {
            String id = USERS.workspace("lia", org, name);
            if (name.equals("delta")) {
                deltaWorkspace = id;
            }
        }
        for (String name : List.of("100% sure", "100 percent", "a_b", "axb", "wow!", "wow")) {
            USERS.as("lia")
                    .body(Map.of("name", name))
                    .post("/api/v1/workspaces/" + deltaWorkspace + "/projects")
                    .then()
                    .statusCode(201);
        }
        Api.admin()
                .post("/api/v1/admin/users/" + USERS.userId("off") + "/disable")
                .then()
                .statusCode(204);
    }

    @Test
    void workspacesSortInBothDirectionsAndPageWithoutGapsOrDuplicates() {
        List<String> byName = new ArrayList<>(WORKSPACES);
        byName.sort(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        List<String> byNameDescending = new ArrayList<>(byName);
        Collections.reverse(byNameDescending);
        List<String> newestFirst = new ArrayList<>(WORKSPACES);
        Collections.reverse(newestFirst);
        String path = "/api/v1/orgs/" + org + "/workspaces";

        assertThat(names(path, Map.of("sort", "name"), 3)).containsExactlyElementsOf(byName);
        assertThat(names(path, Map.of("sort", "-name"), 3)).containsExactlyElementsOf(byNameDescending);
        assertThat(names(path, Map.of("sort", "createdAt"), 3)).containsExactlyElementsOf(WORKSPACES);
        assertThat(names(path, Map.of("sort", "-createdAt"), 3)).containsExactlyElementsOf(newestFirst);
        assertThat(names(path, Map.of(), 3)).as("default: by id").containsExactlyInAnyOrderElementsOf(WORKSPACES);
        List<String> ids = collect(path, Map.of(), 3, "id");
        assertThat(ids).isSortedAccordingTo(Comparator.naturalOrder());
        List<String> idsDescending = collect(path, Map.of("sort", "-id"), 3, "id");
        assertThat(idsDescending).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(WORKSPACES.size());

        JsonPath first = USERS.as("lia")
                .queryParam("sort", "name")
                .queryParam("limit", 3)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items.name")).containsExactly("Alpha", "Bravo", "charlie");
        assertThat(first.getString("nextCursor")).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void filtersCombineWithSortingAndTreatWildcardsLiterally() {
        String workspaces = "/api/v1/orgs/" + org + "/workspaces";
        assertThat(names(workspaces, Map.of("q", "ALP"), 3)).containsExactly("Alpha");
        assertThat(names(workspaces, Map.of("q", "o", "sort", "-name"), 2))
                .containsExactly("golf", "Foxtrot", "echo", "Bravo");
        assertThat(names(workspaces, Map.of("q", "nothing like it"), 3)).isEmpty();

        String projects = "/api/v1/workspaces/" + deltaWorkspace + "/projects";
        assertThat(names(projects, Map.of("q", "%"), 2)).containsExactly("100% sure");
        assertThat(names(projects, Map.of("q", "0%"), 2)).containsExactly("100% sure");
        assertThat(names(projects, Map.of("q", "_"), 2)).containsExactly("a_b");
        assertThat(names(projects, Map.of("q", "a_"), 2)).containsExactly("a_b");
        assertThat(names(projects, Map.of("q", "!"), 2)).containsExactly("wow!");
        assertThat(names(projects, Map.of("q", "WOW", "sort", "-name"), 1)).containsExactly("wow!", "wow");
        assertThat(names(projects, Map.of("q", "100", "sort", "name"), 1)).containsExactly("100 percent", "100% sure");

        String members = "/api/v1/orgs/" + org + "/members";
        assertThat(collect(members, Map.of("role", "VIEWER", "sort", "-username"), 1, "username"))
                .containsExactly("lyn-" + SUFFIX, "lou-" + SUFFIX);
        assertThat(collect(members, Map.of("role", "viewer", "q", "LOU"), 1, "username"))
                .containsExactly("lou-" + SUFFIX);
        assertThat(collect(members, Map.of("sort", "since"), 2, "username"))
                .containsExactly("lia-" + SUFFIX, "lou-" + SUFFIX, "lee-" + SUFFIX, "lyn-" + SUFFIX);
        problem(USERS.as("lia").queryParam("role", "BOSS").get(members), "'role' must be one of");

        assertThat(collect("/api/v1/orgs", Map.of("q", SUFFIX, "sort", "name"), 1, "name"))
                .containsExactly("Beta " + SUFFIX, "Listing " + SUFFIX, "zeta " + SUFFIX);
        assertThat(collect("/api/v1/orgs", Map.of("q", SUFFIX, "sort", "-createdAt"), 2, "id"))
                .containsExactly(orgsInCreationOrder.get(2), orgsInCreationOrder.get(1), orgsInCreationOrder.get(0));
        assertThat(collectAs("lou", "/api/v1/orgs", Map.of("q", SUFFIX), 5, "name"))
                .as("only the caller's organizations")
                .containsExactly("Listing " + SUFFIX);
    }

    @Test
    void administratorsFilterAccountsByTextAndState() {
        assertThat(adminUsers(Map.of("q", SUFFIX, "sort", "-username"), 2))
                .containsExactly("off-" + SUFFIX, "lyn-" + SUFFIX, "lou-" + SUFFIX, "lia-" + SUFFIX, "lee-" + SUFFIX);
        assertThat(adminUsers(Map.of("q", SUFFIX, "enabled", "false"), 2)).containsExactly("off-" + SUFFIX);
        assertThat(adminUsers(Map.of("q", SUFFIX.toUpperCase(Locale.ROOT), "enabled", "true", "sort", "username"), 2))
                .containsExactly("lee-" + SUFFIX, "lia-" + SUFFIX, "lou-" + SUFFIX, "lyn-" + SUFFIX);
        assertThat(adminUsers(Map.of("q", displayName(2)), 2))
                .as("the display name matches too")
                .containsExactly("lyn-" + SUFFIX);
        assertThat(adminUsers(Map.of("q", SUFFIX, "sort", "displayName"), 2))
                .containsExactly("off-" + SUFFIX, "lyn-" + SUFFIX, "lee-" + SUFFIX, "lou-" + SUFFIX, "lia-" + SUFFIX);
        problem(Api.admin().queryParam("enabled", "maybe").get("/api/v1/admin/users"), null);
        USERS.as("lia")
                .queryParam("q", SUFFIX)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(403);
    }

    @Test
    void unknownSortFieldsAndForeignOrBrokenCursorsAre400Problems() {
        String path = "/api/v1/orgs/" + org + "/workspaces";
        problem(
                USERS.as("lia").queryParam("sort", "email").get(path),
                "'sort' must be one of name, -name, createdAt, -createdAt, id, -id");
        problem(
                USERS.as("lia").queryParam("sort", "name").get("/api/v1/orgs/" + org + "/members"),
                "username, -username, since, -since, id, -id");
        problem(
                Api.admin().queryParam("sort", "password").get("/api/v1/admin/users"),
                "username, -username, displayName, -displayName, createdAt, -createdAt, id, -id");

        String byName = USERS.as("lia")
                .queryParam("sort", "name")
                .queryParam("limit", 2)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        problem(
                USERS.as("lia")
                        .queryParam("sort", "-name")
                        .queryParam("cursor", byName)
                        .get(path),
                "made for sort=name, not sort=-name");
        problem(USERS.as("lia").queryParam("cursor", byName).get(path), "made for sort=name, not sort=id");
        problem(USERS.as("lia").queryParam("cursor", "not-a-cursor").get(path), "'cursor' is not a cursor");
        problem(USERS.as("lia").queryParam("cursor", "x".repeat(5000)).get(path), null);
        for (String limit : List.of("0", "201")) {
            problem(USERS.as("lia").queryParam("limit", limit).get(path), null);
            USERS.as("lia")
                    .queryParam("limit", limit)
                    .get("/api/v1/orgs/" + org + "/members")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("limit"));
        }
        Api.admin()
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/admin/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
        USERS.as("lia")
                .queryParam("sort", "name")
                .queryParam("cursor", byName)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(WORKSPACES.size() - 2));
    }

    private static void problem(io.restassured.response.Response response, String detail) {
        var then = response.then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
        if (detail != null) {
            then.body("detail", containsString(detail));
        }
    }

    private static List<String> names(String path, Map<String, String> query, int limit) {
        return collect(path, query, limit, "name");
    }

    private static List<String> collect(String path, Map<String, String> query, int limit, String field) {
        return collectAs("lia", path, query, limit, field);
    }

    private static List<String> adminUsers(Map<String, String> query, int limit) {
        return pages(Api::admin, "/api/v1/admin/users", query, limit, "username");
    }

    private static List<String> collectAs(
            String user, String path, Map<String, String> query, int limit, String field) {
        return pages(() -> USERS.as(user), path, query, limit, field);
    }

    /** Pages through a list with {@code limit}, failing on an item seen twice or a page too large. */
    private static List<String> pages(
            java.util.function.Supplier<RequestSpecification> caller,
            String path,
            Map<String, String> query,
            int limit,
            String field) {
        List<String> values = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> params = new HashMap<>(query);
            params.put("limit", limit);
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonPath page = caller.get()
                    .queryParams(params)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> pageIds = page.getList("items.collect { it.id ?: it.userId }", String.class);
            assertThat(pageIds).hasSizeLessThanOrEqualTo(limit);
            for (String id : pageIds) {
                assertThat(ids).as("no item twice in %s %s", path, query).doesNotContain(id);
                ids.add(id);
            }
            values.addAll(page.getList("items." + field, String.class));
            cursor = page.getString("nextCursor");
            assertThat(++pages).as("pages end").isLessThan(50);
        } while (cursor != null);
        return values;
    }

    /** The {@code n}th display name: "Shown 1 <suffix>" sorts first; no user name contains it. */
    private static String displayName(int n) {
        return "Shown " + n + " " + SUFFIX;
    }
}
