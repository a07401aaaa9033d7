package com.gridvault.server.chat;

import com.gridvault.ai.assistant.prompt.PromptTemplate;
import com.gridvault.ai.assistant.prompt.TemplateStore;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Organizations' prompt template versions on EclipseLink; saving makes the new version active. */
@ApplicationScoped
@Transactional
public class JpaTemplateStore implements TemplateStore {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Override
    public PromptTemplate save(String orgId, String templateId, String system, String user) {
        EntityManager scoped = TenantScope.of(em, orgId);
        List<PromptTemplateEntity> existing = rows(orgId, templateId);
        existing.forEach(r -> r.active(false));
        int version = existing.stream().mapToInt(r -> r.version).max().orElse(0) + 1;
        PromptTemplateEntity row = new PromptTemplateEntity(orgId, templateId, version, system, user);
        scoped.persist(row);
        return row.toTemplate();
    }

    @Override
    public List<PromptTemplate> versions(String orgId, String templateId) {
        return rows(orgId, templateId).stream()
                .map(PromptTemplateEntity::toTemplate)
                .toList();
    }

    @Override
    public Optional<PromptTemplate> active(String orgId, String templateId) {
        return rows(orgId, templateId).stream()
                .filter(r -> r.active)
                .findFirst()
                .map(PromptTemplateEntity::toTemplate);
    }

    @Override
    public void activate(String orgId, String templateId, int version) {
        List<PromptTemplateEntity> rows = rows(orgId, templateId);
        if (version != 0 && rows.stream().noneMatch(r -> r.version == version)) {
            throw new ApiException(
                    ProblemType.NOT_FOUND, "Prompt template '" + templateId + "' has no version " + version);
        }
        rows.forEach(r -> r.active(r.version == version));
    }

    private List<PromptTemplateEntity> rows(String orgId, String templateId) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select t from PromptTemplateEntity t where t.templateId = :t order by t.version",
                        PromptTemplateEntity.class)
                .setParameter("t", templateId)
                .getResultList();
    }
}
