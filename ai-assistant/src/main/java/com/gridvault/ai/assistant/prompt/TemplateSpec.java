package com.gridvault.ai.assistant.prompt;

import java.util.Objects;
import java.util.Set;

/**
 * What a template id's user part may and must contain.
 *
 * @param id the template id
 * @param allowed the placeholders the code fills for this id
 * @param required the placeholders the user part must use (a subset of {@code allowed})
 */
public record TemplateSpec(String id, Set<String> allowed, Set<String> required) {

    /** Copies the sets and checks that required placeholders are allowed. */
    public TemplateSpec {
        Objects.requireNonNull(id, "id");
        allowed = Set.copyOf(allowed);
        required = Set.copyOf(required);
        if (!allowed.containsAll(required)) {
            throw new IllegalArgumentException("Required placeholders of " + id + " must be allowed");
        }
    }

    /**
     * Checks a template's text against this spec.
     *
     * @param system the system part, which must have no placeholders
     * @param user the user part
     * @throws InvalidTemplateException naming the first problem
     */
    public void check(String system, String user) {
        Set<String> inSystem = TemplateRenderer.placeholders(system);
        if (!inSystem.isEmpty()) {
            throw new InvalidTemplateException("The system part of " + id + " must not contain placeholders, found {{"
                    + inSystem.iterator().next() + "}}: data never goes into the system message");
        }
        Set<String> used = TemplateRenderer.placeholders(user);
        for (String name : used) {
            if (!allowed.contains(name)) {
                throw new InvalidTemplateException("Unknown placeholder {{" + name + "}} in " + id + "; allowed: "
                        + allowed.stream().sorted().map(n -> "{{" + n + "}}").toList());
            }
        }
        for (String name : required) {
            if (!used.contains(name)) {
                throw new InvalidTemplateException("Template " + id + " must use the placeholder {{" + name + "}}");
            }
        }
    }
}
