package com.gridvault.server.tenancy;

import static com.gridvault.server.tenancy.TenancyRepositories.organizations;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.server.auth.JpaUserRepositoryAccess;
import com.gridvault.server.auth.User;
import com.gridvault.server.persistence.Transactions;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Memberships record where their role came from, on each supported database (run by {@code
 * PersistenceOnBothDatabasesTest}): the directory's grant raises and lowers only on top of a
 * hand-granted role and removes only memberships it alone created; member lists filter and sort.
 */
public final class MembershipSourcesCheck {

    private MembershipSourcesCheck() {}

    public static void run(EntityManagerFactory emf) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String owner = user(emf, "owner-" + tag, now);
        String manual = user(emf, "manual-" + tag, now);
        String directory = user(emf, "directory-" + tag, now);
        String org = UUID.randomUUID().toString();
        Transactions.run(emf, em -> {
            organizations(em).create(new Organization(org, "Org " + tag, Plan.FREE, now, Role.OWNER), owner);
            organizations(em).addMember(org, manual, Role.VIEWER);
        });

        assertThat(directoryRole(emf, org, manual, Role.ADMIN)).contains(Role.ADMIN);
        assertThat(member(emf, org, manual)).isEqualTo(new Grants(Role.ADMIN, Role.VIEWER, Role.ADMIN));
        assertThat(directoryRole(emf, org, manual, null))
                .as("the directory's grant goes, the hand-granted role stays")
                .contains(Role.VIEWER);
        assertThat(member(emf, org, manual)).isEqualTo(new Grants(Role.VIEWER, Role.VIEWER, null));

        assertThat(directoryRole(emf, org, directory, Role.ANALYST)).contains(Role.ANALYST);
        assertThat(member(emf, org, directory)).isEqualTo(new Grants(Role.ANALYST, null, Role.ANALYST));
        Map<String, Member> grants =
                Transactions.call(emf, em -> organizations(em).grants(directory));
        assertThat(grants).as("every membership of the user, with its sources").containsOnlyKeys(org);
        assertThat(grants.get(org).username()).isEqualTo("directory-" + tag);
        assertThat(directoryRole(emf, org, directory, Role.VIEWER))
                .as("lowered")
                .contains(Role.VIEWER);

        assertThat(names(emf, org, null, null, "-username"))
                .containsExactly("owner-" + tag, "manual-" + tag, "directory-" + tag);
        assertThat(names(emf, org, null, Role.VIEWER, "username")).containsExactly("directory-" + tag, "manual-" + tag);
        assertThat(names(emf, org, "DIRECT", null, null)).containsExactly("directory-" + tag);

        assertThat(directoryRole(emf, org, directory, null))
                .as("granted by the directory alone: removed")
                .isEmpty();
        Optional<Role> gone = Transactions.call(emf, em -> organizations(em).roleOf(org, directory));
        assertThat(gone).isEmpty();

        directoryRole(emf, org, directory, Role.ADMIN);
        Transactions.run(emf, em -> organizations(em).changeRole(org, directory, Role.VIEWER));
        assertThat(member(emf, org, directory))
                .as("a role set by hand is hand-granted from then on")
                .isEqualTo(new Grants(Role.VIEWER, Role.VIEWER, null));
        assertThat(directoryRole(emf, org, directory, null)).contains(Role.VIEWER);

        directoryRole(emf, org, owner, Role.ANALYST);
        Transactions.run(emf, em -> organizations(em).grantByHand(org, owner, Role.VIEWER));
        assertThat(member(emf, org, owner))
                .as("a hand-granted role is not replaced by a later grant")
                .isEqualTo(new Grants(Role.OWNER, Role.OWNER, Role.ANALYST));
    }

    private record Grants(Role role, Role manualRole, Role ssoRole) {}

    private static String user(EntityManagerFactory emf, String name, OffsetDateTime now) {
        String id = UUID.randomUUID().toString();
        Transactions.run(emf, em -> JpaUserRepositoryAccess.create(em)
                .create(new User(id, name, name, "$hash", false, true, false, now)));
        return id;
    }

    private static Optional<Role> directoryRole(EntityManagerFactory emf, String org, String user, Role role) {
        return Transactions.call(emf, em -> organizations(em).setDirectoryRole(org, user, role));
    }

    private static Grants member(EntityManagerFactory emf, String org, String user) {
        Member m = Transactions.call(emf, em -> organizations(em).grants(user)).get(org);
        return new Grants(m.role(), m.manualRole(), m.ssoRole());
    }

    private static List<String> names(EntityManagerFactory emf, String org, String q, Role role, String sort) {
        return Transactions.call(emf, em -> organizations(em)
                        .members(org, q, role, PageRequest.of(sort, null, 50, OrganizationRepository.MEMBER_SORTABLE)))
                .items()
                .stream()
                .map(Member::username)
                .toList();
    }
}
