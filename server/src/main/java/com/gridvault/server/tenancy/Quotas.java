package com.gridvault.server.tenancy;

import com.gridvault.server.config.ConfigReader;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * What an organization's plan allows: workspaces, and bytes of uploaded documents. Defaults: FREE 10
 * workspaces and 5 GiB, PRO 100 and 500 GiB, ENTERPRISE unlimited; each is configurable as
 * {@code gridvault.quota.<plan>.workspaces} and {@code gridvault.quota.<plan>.document-bytes}
 * (0 = unlimited).
 */
@ApplicationScoped
@Transactional
public class Quotas {

    @Inject
    Config config;

    @Inject
    OrganizationRepository organizations;

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /** Refuses a new workspace when the organization has as many as its plan allows. */
    public void checkNewWorkspace(String orgId) {
        Plan plan = plan(orgId);
        long limit = limit(plan, "workspaces", plan == Plan.FREE ? 10 : plan == Plan.PRO ? 100 : 0);
        if (limit == 0) {
            return;
        }
        long used = TenantScope.of(em, orgId)
                .createQuery("select count(w) from WorkspaceEntity w", Long.class)
                .getSingleResult();
        if (used >= limit) {
            throw exceeded(plan, limit + " workspaces");
        }
    }

    /** Refuses {@code bytes} more of documents when they would exceed the plan's storage. */
    public void checkDocumentBytes(String orgId, long bytes) {
        Plan plan = plan(orgId);
        long limit = limit(plan, "document-bytes", plan == Plan.FREE ? 5L << 30 : plan == Plan.PRO ? 500L << 30 : 0);
        if (limit == 0) {
            return;
        }
        Number used = (Number) TenantScope.of(em, orgId)
                .createQuery("select coalesce(sum(d.sizeBytes), 0) from DocumentEntity d")
                .getSingleResult();
        if (used.longValue() + bytes > limit) {
            throw exceeded(plan, (limit >> 20) + " MiB of documents (" + (used.longValue() >> 20) + " MiB used)");
        }
    }

    private Plan plan(String orgId) {
        return organizations.find(orgId).map(Organization::plan).orElse(Plan.FREE);
    }

    private long limit(Plan plan, String what, long defaultValue) {
        return ConfigReader.of(config)
                .nonNegativeLong("gridvault.quota." + plan.name().toLowerCase(Locale.ROOT) + "." + what, defaultValue);
    }

    private static ApiException exceeded(Plan plan, String what) {
        return new ApiException(
                ProblemType.QUOTA_EXCEEDED,
                "The organization's " + plan + " plan allows " + what
                        + "; delete something or ask the appliance administrator for a larger plan");
    }
}
