package com.gridvault.plugin.api.ai;

import java.util.Objects;

/**
 * A model (or, for Azure OpenAI, a deployable base model) an endpoint offers.
 *
 * @param id the id to put in {@link ChatRequest#model()}
 * @param ownedBy the organisation that owns the model as reported by the provider, possibly empty
 */
public record ModelInfo(String id, String ownedBy) {

    /** Rejects a missing id. */
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        ownedBy = ownedBy == null ? "" : ownedBy;
    }
}
