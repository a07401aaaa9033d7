package com.gridvault.embeddings.onnx;

import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.Configurable;
import com.gridvault.plugin.api.embedding.EmbeddingInputs;
import com.gridvault.plugin.api.embedding.EmbeddingModelInfo;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import java.util.List;
import org.pf4j.Extension;

/**
 * bge-small-en-v1.5 (int8-quantized ONNX export) run in-process: 384 dimensions, unit length, CLS
 * pooling; queries get BGE's retrieval instruction prefix, documents are embedded as they are.
 */
@Extension
public final class OnnxEmbeddingProvider implements EmbeddingProvider, Configurable {

    private final EmbeddingEngine engine;
    private final EmbeddingModelInfo model;

    /**
     * Created by the plugin host; loads the model on the first call of a plugin start.
     *
     * @param context the plugin's context, for settings and the native-library folder
     */
    public OnnxEmbeddingProvider(PluginContext context) {
        this(SharedEngine.acquire(context));
    }

    OnnxEmbeddingProvider(EmbeddingEngine engine) {
        this.engine = engine;
        this.model = new EmbeddingModelInfo(
                BgeSmallEnV15.MODEL_ID,
                BgeSmallEnV15.DIMENSIONS,
                engine.settings().maxTokens(),
                true);
    }

    @Override
    public EmbeddingModelInfo model() {
        return model;
    }

    @Override
    public List<float[]> embed(List<String> texts, EmbeddingPurpose purpose) {
        EmbeddingInputs.validate(texts, purpose);
        if (purpose == EmbeddingPurpose.QUERY) {
            return engine.embed(texts.stream()
                    .map(text -> BgeSmallEnV15.QUERY_INSTRUCTION + text)
                    .toList());
        }
        return engine.embed(texts);
    }

    @Override
    public List<ConfigOption> configOptions() {
        return EmbeddingSettings.OPTIONS;
    }
}
