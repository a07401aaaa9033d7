package com.gridvault.server.chat;

import com.gridvault.server.tenancy.TenantDirectory;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations and their messages, scoped to the organization on every statement. */
@ApplicationScoped
@Transactional
public class ConversationRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    public Optional<String> orgOfConversation(String id) {
        return TenantDirectory.ownerOf(em, "conversation", id);
    }

    public ConversationView create(String orgId, String workspaceId, String title, String userId) {
        ConversationEntity c = new ConversationEntity(
                UUID.randomUUID().toString(), workspaceId, title, userId, OffsetDateTime.now(ZoneOffset.UTC));
        TenantScope.of(em, orgId).persist(c);
        return c.toView();
    }

    public Optional<ConversationView> find(String orgId, String id) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(ConversationEntity.class, id))
                .map(ConversationEntity::toView);
    }

    public List<ConversationView> list(String orgId, String workspaceId, String cursor, int limit) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select c from ConversationEntity c where c.workspaceId = :w and c.id > :cursor order by c.id",
                        ConversationEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("cursor", cursor == null ? "" : cursor)
                .setMaxResults(limit + 1)
                .getResultStream()
                .map(ConversationEntity::toView)
                .toList();
    }

    public List<MessageView> messages(String orgId, String conversationId) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select m from MessageEntity m where m.conversationId = :c order by m.position",
                        MessageEntity.class)
                .setParameter("c", conversationId)
                .getResultStream()
                .map(MessageEntity::toView)
                .toList();
    }

    /** Appends a message at the next position; sets the title from the first question. */
    public MessageView append(String orgId, MessageView draft) {
        EntityManager scoped = TenantScope.of(em, orgId);
        Number last =
                (Number) scoped.createQuery("select max(m.position) from MessageEntity m where m.conversationId = :c")
                        .setParameter("c", draft.conversationId())
                        .getSingleResult();
        int position = last == null ? 0 : last.intValue() + 1;
        MessageView stored = new MessageView(
                UUID.randomUUID().toString(),
                draft.conversationId(),
                position,
                draft.role(),
                draft.content(),
                draft.citations(),
                draft.status(),
                draft.promptTemplate(),
                draft.promptVersion(),
                draft.providerConfigId(),
                draft.model(),
                draft.promptTokens(),
                draft.completionTokens(),
                OffsetDateTime.now(ZoneOffset.UTC));
        scoped.persist(new MessageEntity(stored));
        ConversationEntity c = scoped.find(ConversationEntity.class, draft.conversationId());
        if (c != null) {
            String title = position == 0 && "USER".equals(draft.role()) ? title(draft.content()) : null;
            c.touch(title, stored.createdAt());
        }
        return stored;
    }

    public boolean delete(String orgId, String id) {
        EntityManager scoped = TenantScope.of(em, orgId);
        ConversationEntity c = scoped.find(ConversationEntity.class, id);
        if (c == null) {
            return false;
        }
        scoped.createQuery("delete from MessageEntity m where m.conversationId = :c")
                .setParameter("c", id)
                .executeUpdate();
        scoped.remove(c);
        return true;
    }

    private static String title(String question) {
        String t = question.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
