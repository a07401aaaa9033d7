package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.search.support.TrustCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * JSON over the opensearch-java generic client and its Apache HttpClient 5 transport. Request bodies
 * are built with Jackson so that user text is always a JSON string value, never query syntax.
 * Thread-safe.
 */
final class ClusterClient implements AutoCloseable {

    /** A reply: the HTTP status and the parsed body (an empty object when there is none). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient generic;

    ClusterClient(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.serverUrls().stream()
                .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
                .toArray(HttpHost[]::new);
        SSLContext ssl =
                TrustCertificates.sslContext(OpenSearchSettings.TRUST_CERTIFICATE, settings.trustCertificate());
        // An explicit Jackson mapper: no jakarta.json provider lookup through the context class loader,
        // which inside a PF4J plugin is not the plugin's.
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(JSON))
                .setHttpClientConfigCallback(builder -> {
                    if (settings.username() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        String password = settings.password() == null ? "" : settings.password();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(
                                    new AuthScope(host),
                                    new UsernamePasswordCredentials(settings.username(), password.toCharArray()));
                        }
                        builder.setDefaultCredentialsProvider(credentials);
                    }
                    if (ssl != null) {
                        builder.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                        .setSslContext(ssl)
                                        .buildAsync())
                                .build());
                    }
                    return builder;
                })
                .build();
        this.generic = new OpenSearchClient(transport).generic();
        OpenClients.register(this);
    }

    /**
     * Sends one request.
     *
     * @param method the HTTP method
     * @param endpoint the path, e.g. {@code /index/_search}
     * @param params query parameters
     * @param body the JSON body, or null
     * @return the reply, whatever its status
     * @throws IOException when the cluster cannot be reached or answers with something other than JSON
     */
    Reply send(String method, String endpoint, Map<String, String> params, JsonNode body) throws IOException {
        Requests.JsonBodyBuilder request =
                Requests.builder().method(method).endpoint(endpoint).query(params);
        if (body != null) {
            request.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
        }
        try (Response response = generic.execute(request.build())) {
            return new Reply(response.getStatus(), parse(response));
        }
    }

    private static JsonNode parse(Response response) throws IOException {
        if (response.getBody().isPresent()) {
            try (Body b = response.getBody().get();
                    InputStream in = b.body()) {
                byte[] bytes = in.readAllBytes();
                if (bytes.length > 0) {
                    return JSON.readTree(bytes);
                }
            }
        }
        return JSON.createObjectNode();
    }

    /**
     * Sends newline-delimited JSON, as the bulk API wants it.
     *
     * @throws IOException when the cluster cannot be reached
     */
    Reply sendNdjson(String endpoint, Map<String, String> params, String ndjson) throws IOException {
        Requests.JsonBodyBuilder request = Requests.builder()
                .method("POST")
                .endpoint(endpoint)
                .query(params)
                .body(Body.from(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson"));
        try (Response response = generic.execute(request.build())) {
            return new Reply(response.getStatus(), parse(response));
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        OpenClients.unregister(this);
        try {
            transport.close();
        } catch (IOException e) {
            // Closing the pool only releases sockets; nothing to recover.
        }
    }
}
