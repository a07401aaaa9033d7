package com.gridvault.server.ai;

import com.gridvault.ai.router.TaskKind;
import com.gridvault.ai.router.usage.UsageRecord;
import com.gridvault.ai.router.usage.UsageTotals;
import com.gridvault.server.secrets.SecretSealer;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-organization AI settings and usage on EclipseLink: provider configurations (secrets sealed
 * with the master key, bound to the configuration's id), routing chains, budgets and the usage
 * ledger. Every method scopes the entity manager to the organization first.
 */
@ApplicationScoped
@Transactional
public class AiSettingsRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    SecretSealer sealer;

    public StoredProviderConfig create(
            String orgId,
            String name,
            String providerId,
            Map<String, String> values,
            Map<String, String> secrets,
            BigDecimal inputPrice,
            BigDecimal outputPrice) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String sealed = secrets.isEmpty() ? null : sealer.seal(json(secrets), slot(orgId, id));
        AiProviderConfigEntity entity =
                new AiProviderConfigEntity(id, name, providerId, json(values), sealed, inputPrice, outputPrice, now);
        TenantScope.of(em, orgId).persist(entity);
        return open(orgId, entity);
    }

    public List<StoredProviderConfig> configs(String orgId) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select c from AiProviderConfigEntity c order by c.createdAt, c.id",
                        AiProviderConfigEntity.class)
                .getResultStream()
                .map(c -> open(orgId, c))
                .toList();
    }

    public Optional<StoredProviderConfig> config(String orgId, String id) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(AiProviderConfigEntity.class, id))
                .map(c -> open(orgId, c));
    }

    public Optional<StoredProviderConfig> configByName(String orgId, String name) {
        return TenantScope.of(em, orgId)
                .createQuery("select c from AiProviderConfigEntity c where c.name = :n", AiProviderConfigEntity.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst()
                .map(c -> open(orgId, c));
    }

    public boolean deleteConfig(String orgId, String id) {
        EntityManager scoped = TenantScope.of(em, orgId);
        AiProviderConfigEntity entity = scoped.find(AiProviderConfigEntity.class, id);
        if (entity == null) {
            return false;
        }
        scoped.remove(entity);
        return true;
    }

    /** The stored chain for a task kind, as (configId, model-or-null) pairs. */
    public Optional<List<Map.Entry<String, String>>> chain(String orgId, TaskKind kind) {
        AiRoutingPolicyEntity row = TenantScope.of(em, orgId).find(AiRoutingPolicyEntity.class, policyId(orgId, kind));
        if (row == null) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(row.chainJson))) {
            return Optional.of(reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> Map.entry(o.getString("configId"), o.getString("model", "")))
                    .toList());
        }
    }

    public void putChain(String orgId, TaskKind kind, List<Map.Entry<String, String>> chain) {
        var array = Json.createArrayBuilder();
        for (var route : chain) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("configId", route.getKey());
            if (route.getValue() != null && !route.getValue().isBlank()) {
                o.add("model", route.getValue());
            }
            array.add(o);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EntityManager scoped = TenantScope.of(em, orgId);
        AiRoutingPolicyEntity row = scoped.find(AiRoutingPolicyEntity.class, policyId(orgId, kind));
        if (row == null) {
            scoped.persist(new AiRoutingPolicyEntity(
                    policyId(orgId, kind), kind.name(), array.build().toString(), now));
        } else {
            row.replace(array.build().toString(), now);
        }
    }

    public Optional<AiBudgetView> budget(String orgId) {
        return Optional.ofNullable(em.find(AiBudgetEntity.class, orgId)).map(AiBudgetEntity::toView);
    }

    public void putBudget(String orgId, AiBudgetView budget) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AiBudgetEntity row = em.find(AiBudgetEntity.class, orgId);
        if (row == null) {
            em.persist(new AiBudgetEntity(orgId, budget, now));
        } else {
            row.replace(budget, now);
        }
    }

    public void record(UsageRecord r) {
        TenantScope.of(em, r.orgId())
                .persist(new AiUsageEntity(
                        UUID.randomUUID().toString(),
                        r.userId(),
                        r.configId(),
                        r.model(),
                        r.kind().name(),
                        r.promptTokens(),
                        r.completionTokens(),
                        r.cost(),
                        r.outcome().name(),
                        OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC)));
    }

    public UsageTotals totals(String orgId, Instant since) {
        Object[] row = (Object[]) TenantScope.of(em, orgId)
                .createQuery("select coalesce(sum(u.promptTokens), 0), coalesce(sum(u.completionTokens), 0),"
                        + " coalesce(sum(u.cost), 0), count(u),"
                        + " coalesce(sum(case when u.outcome = 'SUCCESS' then 0 else 1 end), 0)"
                        + " from AiUsageEntity u where u.occurredAt >= :since")
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult();
        return new UsageTotals(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                new BigDecimal(row[2].toString()),
                ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue());
    }

    /** Usage between two instants grouped by user, configuration, model and task kind. */
    public List<AiUsageView.Line> usage(String orgId, Instant from, Instant to) {
        List<Object[]> rows = TenantScope.of(em, orgId)
                .createQuery(
                        "select u.userId, u.configId, u.model, u.taskKind, count(u), sum(u.promptTokens),"
                                + " sum(u.completionTokens), sum(u.cost),"
                                + " sum(case when u.outcome = 'SUCCESS' then 0 else 1 end)"
                                + " from AiUsageEntity u where u.occurredAt >= :from and u.occurredAt < :to"
                                + " group by u.userId, u.configId, u.model, u.taskKind",
                        Object[].class)
                .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .getResultList();
        return rows.stream()
                .map(r -> new AiUsageView.Line(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        new BigDecimal(r[7].toString()),
                        ((Number) r[8]).longValue()))
                .toList();
    }

    private StoredProviderConfig open(String orgId, AiProviderConfigEntity c) {
        Map<String, String> secrets =
                c.secretsSealed == null ? Map.of() : map(sealer.open(c.secretsSealed, slot(orgId, c.id)));
        return new StoredProviderConfig(
                c.id,
                c.name,
                c.providerId,
                map(c.settingsJson),
                secrets,
                c.inputPrice,
                c.outputPrice,
                c.createdAt,
                c.updatedAt);
    }

    private static String slot(String orgId, String configId) {
        return "ai:" + orgId + ":" + configId;
    }

    private static String policyId(String orgId, TaskKind kind) {
        return orgId + ":" + kind.name();
    }

    private static String json(Map<String, String> map) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        new java.util.TreeMap<>(map).forEach(o::add);
        return o.build().toString();
    }

    private static Map<String, String> map(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            Map<String, String> out = new LinkedHashMap<>();
            reader.readObject().forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
            return out;
        }
    }
}
