package com.gridvault.search.elasticsearch;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The {@code english} analyzer for the test node. On a real cluster it comes from the bundled
 * {@code analysis-common} module, which is not published to Maven Central; that module wraps the same
 * Lucene {@link EnglishAnalyzer} (standard tokenizer, possessives, lower case, English stop words,
 * Porter stemming), so the mapping behaves here as it does in production.
 */
public final class EnglishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Creates the plugin; the node calls this. */
    public EnglishAnalysisPlugin() {}

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("english", (indexSettings, environment, name, settings) -> new English(name, settings));
    }

    private static final class English extends AbstractIndexAnalyzerProvider<EnglishAnalyzer> {

        private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

        English(String name, org.elasticsearch.common.settings.Settings settings) {
            super(name, settings);
        }

        @Override
        public EnglishAnalyzer get() {
            return analyzer;
        }
    }
}
