package com.gridvault.server.models;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelDescriptor;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.plugins.ExtensionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** The models of all started model packs. */
@ApplicationScoped
public class ModelCatalog {

    @Inject
    ExtensionRegistry registry;

    /** Every model, ordered by id. */
    @SuppressWarnings("rawtypes")
    public List<PluginExtension<FinancialModel>> models() {
        return registry.extensions(FinancialModel.class).stream()
                .sorted(Comparator.comparing(m -> m.extension().descriptor().id()))
                .toList();
    }

    /**
     * Finds a model.
     *
     * @param modelId the model id
     * @return the model with its plugin
     * @throws ApiException 404 when no started pack provides it
     */
    @SuppressWarnings("rawtypes")
    public PluginExtension<FinancialModel> find(String modelId) {
        return models().stream()
                .filter(m -> m.extension().descriptor().id().equals(modelId))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND,
                        "No enabled model pack provides the model '" + modelId
                                + "'; GET /api/v1/models lists the available models"));
    }

    @SuppressWarnings("rawtypes")
    static ModelSummary summary(PluginExtension<FinancialModel> model) {
        FinancialModel<?, ?> m = model.extension();
        ModelDescriptor d = m.descriptor();
        return new ModelSummary(
                d.id(),
                d.name(),
                d.description(),
                d.version(),
                d.category(),
                model.pluginId(),
                model.pluginVersion(),
                ModelSchemas.of(m.inputType()),
                ModelSchemas.of(m.outputType()));
    }
}
