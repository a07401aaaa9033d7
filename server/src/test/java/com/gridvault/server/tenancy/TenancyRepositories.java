package com.gridvault.server.tenancy;

import jakarta.persistence.EntityManager;

/** The tenancy repositories on a given entity manager, for the checks that run outside the server. */
final class TenancyRepositories {

    private TenancyRepositories() {}

    static JpaWorkspaceRepository workspaces(EntityManager em) {
        JpaWorkspaceRepository repository = new JpaWorkspaceRepository();
        repository.em = em;
        return repository;
    }

    static JpaOrganizationRepository organizations(EntityManager em) {
        JpaOrganizationRepository repository = new JpaOrganizationRepository();
        repository.em = em;
        return repository;
    }
}
