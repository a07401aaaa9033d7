package com.gridvault.server.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** On first start, the bootstrap administrator becomes the first OWNER of a default organization. */
@ApplicationScoped
public class DefaultOrganization {

    static final String NAME = "Default organization";

    @Inject
    OrganizationRepository organizations;

    /**
     * Creates the default organization owned by the given account.
     *
     * @param ownerUserId the bootstrap administrator
     */
    public void create(String ownerUserId) {
        organizations.create(
                new Organization(
                        UUID.randomUUID().toString(),
                        NAME,
                        Plan.ENTERPRISE,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        Role.OWNER),
                ownerUserId);
    }
}
