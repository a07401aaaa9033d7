package com.gridvault.search.opensearch;

import static com.gridvault.search.support.ClusterSettingsChecks.blankToNull;
import static com.gridvault.search.support.ClusterSettingsChecks.range;

import com.gridvault.plugin.api.SecretAccessor;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.config.PluginConfig;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ClusterSettingsChecks;
import java.net.URI;
import java.util.List;

/**
 * The backend's settings, read from the plugin configuration and its secrets.
 *
 * @param serverUrls the cluster's HTTP(S) endpoints; requests are spread over them
 * @param username the basic-auth user, or null for an unsecured cluster
 * @param password the basic-auth password (a secret), or null
 * @param indexPrefix prefix of the index name, so several appliances can share one cluster
 * @param trustCertificate path of a PEM file with the CA certificate(s) to trust, or null for the JDK's
 * @param rrfK the reciprocal-rank-fusion constant of hybrid search
 * @param knnCandidates how many candidates the vector search and each hybrid ranking collect at least
 * @param shards primary shards of a new index
 * @param replicas replicas of a new index
 */
public record OpenSearchSettings(
        List<URI> serverUrls,
        String username,
        String password,
        String indexPrefix,
        String trustCertificate,
        int rrfK,
        int knnCandidates,
        int shards,
        int replicas) {

    static final String SERVER_URLS = "server-urls";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String INDEX_PREFIX = "index-prefix";
    static final String TRUST_CERTIFICATE = "tls.trust-certificate";
    static final String RRF_K = "rrf-k";
    static final String KNN_CANDIDATES = "knn-candidates";
    static final String SHARDS = "shards";
    static final String REPLICAS = "replicas";

    /** The settings an operator can change, in form order. */
    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    SERVER_URLS,
                    ConfigType.STRING,
                    "http://localhost:9200",
                    "Comma-separated OpenSearch URLs, e.g. https://os1:9200,https://os2:9200."),
            ConfigOption.of(USERNAME, ConfigType.STRING, null, "User for HTTP basic authentication; empty for none."),
            new ConfigOption(
                    PASSWORD,
                    ConfigType.STRING,
                    null,
                    "Password for HTTP basic authentication.",
                    true,
                    false,
                    List.of()),
            ConfigOption.of(
                    INDEX_PREFIX,
                    ConfigType.STRING,
                    "gridvault-",
                    "Prefix of the index name ('<prefix>chunks'); lower-case letters, digits, '.', '_', '-'."),
            ConfigOption.of(
                    TRUST_CERTIFICATE,
                    ConfigType.STRING,
                    null,
                    "PEM file of the CA certificate(s) to trust for https URLs; empty uses the JVM trust store."),
            ConfigOption.of(
                    RRF_K,
                    ConfigType.INTEGER,
                    String.valueOf(SearchQuery.DEFAULT_RRF_K),
                    "Reciprocal rank fusion constant for hybrid search; higher values flatten rank differences."),
            ConfigOption.of(
                    KNN_CANDIDATES,
                    ConfigType.INTEGER,
                    "100",
                    "Minimum candidates per vector search; higher improves recall, costs latency."),
            ConfigOption.of(SHARDS, ConfigType.INTEGER, "1", "Primary shards of a newly created index (1-64)."),
            ConfigOption.of(REPLICAS, ConfigType.INTEGER, "0", "Replicas of a newly created index (0-8)."));

    /** Rejects missing URLs, bad prefixes and values outside their ranges; blank credentials become null. */
    public OpenSearchSettings {
        serverUrls = ClusterSettingsChecks.checkServerUrls(SERVER_URLS, serverUrls);
        username = blankToNull(username);
        password = blankToNull(password);
        trustCertificate = blankToNull(trustCertificate);
        ClusterSettingsChecks.checkIndexPrefix(INDEX_PREFIX, indexPrefix);
        range(RRF_K, rrfK, 1, 10_000);
        range(KNN_CANDIDATES, knnCandidates, 1, 10_000);
        range(SHARDS, shards, 1, 64);
        range(REPLICAS, replicas, 0, 8);
    }

    /**
     * Settings for one unsecured cluster with the defaults otherwise, for tests and tools.
     *
     * @param url the cluster URL
     * @param indexPrefix the index prefix
     * @return the settings
     */
    public static OpenSearchSettings of(URI url, String indexPrefix) {
        return new OpenSearchSettings(
                List.of(url), null, null, indexPrefix, null, SearchQuery.DEFAULT_RRF_K, 100, 1, 0);
    }

    /**
     * Reads the settings, using the defaults for unset keys.
     *
     * @param config the plugin configuration
     * @param secrets the plugin's secrets, where the password lives
     * @return the settings
     * @throws IllegalArgumentException naming the key of an invalid value
     */
    public static OpenSearchSettings from(PluginConfig config, SecretAccessor secrets) {
        return new OpenSearchSettings(
                ClusterSettingsChecks.parseServerUrls(SERVER_URLS, config.get(SERVER_URLS, "http://localhost:9200")),
                config.get(USERNAME, null),
                secrets.get(PASSWORD).orElse(null),
                config.get(INDEX_PREFIX, "gridvault-"),
                config.get(TRUST_CERTIFICATE, null),
                Math.toIntExact(config.getLong(RRF_K, SearchQuery.DEFAULT_RRF_K)),
                Math.toIntExact(config.getLong(KNN_CANDIDATES, 100)),
                Math.toIntExact(config.getLong(SHARDS, 1)),
                Math.toIntExact(config.getLong(REPLICAS, 0)));
    }

    /** The name of the chunk index. */
    String indexName() {
        return indexPrefix + "chunks";
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "OpenSearchSettings[" + serverUrls + ", user=" + username + ", password="
                + (password == null ? "" : "***")
                + ", index=" + indexName() + ", trust=" + trustCertificate + ", rrfK=" + rrfK + ", knnCandidates="
                + knnCandidates + ", shards=" + shards + ", replicas=" + replicas + "]";
    }
}
