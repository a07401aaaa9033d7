package com.gridvault.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.auth.JpaUserRepositoryAccess;
import com.gridvault.server.auth.User;
import com.gridvault.server.persistence.Transactions;
import com.gridvault.server.web.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Tenant isolation at the persistence layer, run on each supported database by
 * {@code PersistenceOnBothDatabasesTest}: rows of one organization are invisible through another
 * organization's scope, and a query that forgets the scope fails instead of returning everything.
 */
public final class TenancyIsolationCheck {

    private TenancyIsolationCheck() {}

    public static void run(EntityManagerFactory emf) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String owner = UUID.randomUUID().toString();
        String orgA = UUID.randomUUID().toString();
        String orgB = UUID.randomUUID().toString();
        String workspaceA = UUID.randomUUID().toString();
        String workspaceB = UUID.randomUUID().toString();

        Transactions.run(emf, em -> JpaUserRepositoryAccess.create(em)
                .create(new User(owner, "owner-" + owner, "Owner", "$hash", false, true, false, now)));
        Transactions.run(emf, em -> {
            JpaOrganizationRepository orgs = new JpaOrganizationRepository();
            orgs.em = em;
            orgs.create(new Organization(orgA, "Alpha", Plan.FREE, now, Role.OWNER), owner);
            orgs.create(new Organization(orgB, "Beta", Plan.PRO, now, Role.OWNER), owner);
        });
        Transactions.run(
                emf, em -> workspaces(em).create(orgA, new Workspace(workspaceA, orgA, "alpha desk", null, now)));
        Transactions.run(
                emf, em -> workspaces(em).create(orgB, new Workspace(workspaceB, orgB, "beta desk'; --", "B", now)));
        Transactions.run(emf, em -> workspaces(em)
                .createProject(
                        orgB, new Project(UUID.randomUUID().toString(), orgB, workspaceB, "beta project", null, now)));

        Transactions.run(emf, em -> assertThat(workspaces(em).find(orgA, workspaceB))
                .as("B's workspace through A's scope")
                .isEmpty());
        Transactions.run(emf, em -> assertThat(
                        workspaces(em).list(orgA, null, PageRequest.first(50)).items())
                .extracting(Workspace::id)
                .containsExactly(workspaceA));
        Transactions.run(emf, em -> assertThat(workspaces(em)
                        .listProjects(orgA, workspaceB, null, PageRequest.first(50))
                        .items())
                .isEmpty());
        Transactions.run(emf, em -> assertThat(workspaces(em).update(orgA, workspaceB, "hijacked", null))
                .isEmpty());
        Transactions.run(
                emf, em -> assertThat(workspaces(em).delete(orgA, workspaceB)).isFalse());
        Transactions.run(emf, em -> assertThat(workspaces(em).find(orgB, workspaceB))
                .get()
                .extracting(Workspace::name)
                .isEqualTo("beta desk'; --"));
        Transactions.run(
                emf, em -> assertThat(workspaces(em).orgOfWorkspace(workspaceB)).contains(orgB));

        EntityManager unscoped = emf.createEntityManager();
        try {
            assertThatThrownBy(() -> unscoped.createQuery("select w from WorkspaceEntity w", WorkspaceEntity.class)
                            .getResultList())
                    .as("a query without a tenant fails instead of returning every tenant's rows")
                    .isInstanceOf(RuntimeException.class);
        } finally {
            unscoped.close();
        }
    }

    private static JpaWorkspaceRepository workspaces(EntityManager em) {
        JpaWorkspaceRepository repository = new JpaWorkspaceRepository();
        repository.em = em;
        return repository;
    }
}
