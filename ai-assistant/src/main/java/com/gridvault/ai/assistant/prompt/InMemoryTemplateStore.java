package com.gridvault.ai.assistant.prompt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link TemplateStore} in memory, for tests and single-node demos. */
public final class InMemoryTemplateStore implements TemplateStore {

    private record Key(String orgId, String templateId) {}

    private final Map<Key, List<PromptTemplate>> versions = new HashMap<>();
    private final Map<Key, Integer> active = new HashMap<>();

    @Override
    public synchronized PromptTemplate save(String orgId, String templateId, String system, String user) {
        Key key = new Key(orgId, templateId);
        List<PromptTemplate> list = versions.computeIfAbsent(key, k -> new ArrayList<>());
        PromptTemplate saved = new PromptTemplate(templateId, list.size() + 1, system, user);
        list.add(saved);
        active.put(key, saved.version());
        return saved;
    }

    @Override
    public synchronized List<PromptTemplate> versions(String orgId, String templateId) {
        return List.copyOf(versions.getOrDefault(new Key(orgId, templateId), List.of()));
    }

    @Override
    public synchronized Optional<PromptTemplate> active(String orgId, String templateId) {
        Key key = new Key(orgId, templateId);
        int version = active.getOrDefault(key, 0);
        return version == 0 ? Optional.empty() : Optional.of(versions.get(key).get(version - 1));
    }

    @Override
    public synchronized void activate(String orgId, String templateId, int version) {
        Key key = new Key(orgId, templateId);
        int saved = versions.getOrDefault(key, List.of()).size();
        if (version < 0 || version > saved) {
            throw new IllegalArgumentException(
                    "Template " + templateId + " has no version " + version + " (saved: 1.." + saved + ")");
        }
        active.put(key, version);
    }
}
