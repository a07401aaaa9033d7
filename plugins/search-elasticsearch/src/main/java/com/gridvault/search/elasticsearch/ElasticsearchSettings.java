package com.gridvault.search.elasticsearch;

import static com.gridvault.search.support.ClusterSettingsChecks.blankToNull;
import static com.gridvault.search.support.ClusterSettingsChecks.range;

import com.gridvault.plugin.api.SecretAccessor;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.config.PluginConfig;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.support.ClusterSettingsChecks;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The backend's settings, read from the plugin configuration and its secrets.
 *
 * @param serverUrls the cluster's HTTP(S) endpoints; the client spreads requests over them
 * @param username the basic-auth user, or null
 * @param password the basic-auth password (a secret), or null
 * @param apiKey an Elasticsearch API key (a secret, the base64 "encoded" form), or null; wins over
 *     basic auth
 * @param indexPrefix prefix of the index name, so several appliances can share one cluster
 * @param trustCertificate a PEM file of CA certificates to trust for https, or null for the JVM's
 * @param connectTimeout how long to wait for a connection before the cluster counts as down
 * @param requestTimeout how long to wait for an answer once connected
 * @param rrfK the reciprocal rank fusion constant of hybrid search
 * @param knnCandidates the least number of candidates per kNN search and per shard
 * @param shards primary shards of a newly created index
 * @param replicas replicas of a newly created index
 */
public record ElasticsearchSettings(
        List<URI> serverUrls,
        String username,
        String password,
        String apiKey,
        String indexPrefix,
        String trustCertificate,
        Duration connectTimeout,
        Duration requestTimeout,
        int rrfK,
        int knnCandidates,
        int shards,
        int replicas) {

    static final String SERVER_URLS = "server-urls";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String API_KEY = "api-key";
    static final String INDEX_PREFIX = "index-prefix";
    static final String TRUST_CERTIFICATE = "tls.trust-certificate";
    static final String CONNECT_TIMEOUT = "connect-timeout-ms";
    static final String REQUEST_TIMEOUT = "request-timeout-ms";
    static final String RRF_K = "rrf-k";
    static final String KNN_CANDIDATES = "knn-candidates";
    static final String SHARDS = "shards";
    static final String REPLICAS = "replicas";

    private static final String DEFAULT_URL = "http://localhost:9200";
    private static final String DEFAULT_PREFIX = "gridvault-";
    private static final long DEFAULT_CONNECT_MS = 5_000;
    private static final long DEFAULT_REQUEST_MS = 30_000;
    private static final int DEFAULT_CANDIDATES = 100;

    /** The settings an operator can change, in form order. */
    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    SERVER_URLS,
                    ConfigType.STRING,
                    DEFAULT_URL,
                    "Comma-separated Elasticsearch URLs, e.g. https://es1:9200,https://es2:9200."),
            secret(API_KEY, "Elasticsearch API key (the base64 'encoded' value); used instead of user and password."),
            ConfigOption.of(USERNAME, ConfigType.STRING, null, "User for HTTP basic authentication; empty for none."),
            secret(PASSWORD, "Password for HTTP basic authentication."),
            ConfigOption.of(
                    INDEX_PREFIX,
                    ConfigType.STRING,
                    DEFAULT_PREFIX,
                    "Prefix of the index name ('<prefix>chunks'); lower-case letters, digits, '.', '_', '-'."),
            ConfigOption.of(
                    TRUST_CERTIFICATE,
                    ConfigType.STRING,
                    null,
                    "PEM file of the CA certificate(s) to trust for https URLs; empty uses the JVM trust store."),
            ConfigOption.of(
                    CONNECT_TIMEOUT,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULT_CONNECT_MS),
                    "Milliseconds to wait for a connection before the cluster counts as unreachable."),
            ConfigOption.of(
                    REQUEST_TIMEOUT,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULT_REQUEST_MS),
                    "Milliseconds to wait for an answer; a slower cluster fails the call instead of hanging it."),
            ConfigOption.of(
                    RRF_K,
                    ConfigType.INTEGER,
                    String.valueOf(SearchQuery.DEFAULT_RRF_K),
                    "Reciprocal rank fusion constant for hybrid search; higher values flatten rank differences."),
            ConfigOption.of(
                    KNN_CANDIDATES,
                    ConfigType.INTEGER,
                    String.valueOf(DEFAULT_CANDIDATES),
                    "Minimum candidates per vector search; higher improves recall, costs latency."),
            ConfigOption.of(SHARDS, ConfigType.INTEGER, "1", "Primary shards of a newly created index (1-64)."),
            ConfigOption.of(REPLICAS, ConfigType.INTEGER, "0", "Replicas of a newly created index (0-8)."));

    /** Rejects missing URLs, bad prefixes and values outside their ranges; blank secrets become null. */
    public ElasticsearchSettings {
        serverUrls = ClusterSettingsChecks.checkServerUrls(SERVER_URLS, serverUrls);
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        trustCertificate = blankToNull(trustCertificate);
        ClusterSettingsChecks.checkIndexPrefix(INDEX_PREFIX, indexPrefix);
        range(CONNECT_TIMEOUT, connectTimeout.toMillis(), 1, 600_000);
        range(REQUEST_TIMEOUT, requestTimeout.toMillis(), 1, 3_600_000);
        range(RRF_K, rrfK, 1, 10_000);
        // Elasticsearch caps num_candidates at 10,000.
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
    public static ElasticsearchSettings of(URI url, String indexPrefix) {
        return new ElasticsearchSettings(
                List.of(url),
                null,
                null,
                null,
                indexPrefix,
                null,
                Duration.ofMillis(DEFAULT_CONNECT_MS),
                Duration.ofMillis(DEFAULT_REQUEST_MS),
                SearchQuery.DEFAULT_RRF_K,
                DEFAULT_CANDIDATES,
                1,
                0);
    }

    /**
     * Reads the settings, using the defaults for unset keys.
     *
     * @param config the plugin configuration
     * @param secrets the plugin's secrets, where the password and the API key live
     * @return the settings
     * @throws IllegalArgumentException naming the key of an invalid value
     */
    public static ElasticsearchSettings from(PluginConfig config, SecretAccessor secrets) {
        return new ElasticsearchSettings(
                ClusterSettingsChecks.parseServerUrls(SERVER_URLS, config.get(SERVER_URLS, DEFAULT_URL)),
                config.get(USERNAME, null),
                secrets.get(PASSWORD).orElse(null),
                secrets.get(API_KEY).orElse(null),
                config.get(INDEX_PREFIX, DEFAULT_PREFIX),
                config.get(TRUST_CERTIFICATE, null),
                Duration.ofMillis(config.getLong(CONNECT_TIMEOUT, DEFAULT_CONNECT_MS)),
                Duration.ofMillis(config.getLong(REQUEST_TIMEOUT, DEFAULT_REQUEST_MS)),
                integer(RRF_K, config.getLong(RRF_K, SearchQuery.DEFAULT_RRF_K)),
                integer(KNN_CANDIDATES, config.getLong(KNN_CANDIDATES, DEFAULT_CANDIDATES)),
                integer(SHARDS, config.getLong(SHARDS, 1)),
                integer(REPLICAS, config.getLong(REPLICAS, 0)));
    }

    /** The name of the chunk index. */
    String indexName() {
        return indexPrefix + "chunks";
    }

    /** Keeps the password and the API key out of logs. */
    @Override
    public String toString() {
        return "ElasticsearchSettings[" + serverUrls + ", user=" + username + ", password="
                + (password == null ? "" : "***") + ", apiKey=" + (apiKey == null ? "" : "***")
                + ", index=" + indexName() + ", trust=" + trustCertificate + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", rrfK=" + rrfK + ", knnCandidates=" + knnCandidates
                + ", shards=" + shards + ", replicas=" + replicas + "]";
    }

    private static ConfigOption secret(String name, String help) {
        return new ConfigOption(name, ConfigType.STRING, null, help, true, false, List.of());
    }

    private static int integer(String key, long value) {
        range(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return (int) value;
    }
}
