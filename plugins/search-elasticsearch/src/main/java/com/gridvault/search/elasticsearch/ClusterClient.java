package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridvault.search.support.TrustCertificates;
import java.io.IOException;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The typed Elasticsearch client over the low-level REST client (Apache HttpAsyncClient 4), with
 * connect, pool and socket timeouts so an unreachable or stalled cluster fails a call instead of
 * hanging it. Thread-safe; one connection pool per instance.
 */
final class ClusterClient implements AutoCloseable {

    /** Jackson 2 for documents and the client's JSON; the server's BOM pins its version. */
    static final ObjectMapper JSON = new ObjectMapper();

    private final RestClientTransport transport;
    private final ElasticsearchClient client;

    ClusterClient(ElasticsearchSettings settings) {
        HttpHost[] hosts = settings.serverUrls().stream()
                .map(u -> new HttpHost(u.getHost(), u.getPort() < 0 ? 9200 : u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        SSLContext ssl =
                TrustCertificates.sslContext(ElasticsearchSettings.TRUST_CERTIFICATE, settings.trustCertificate());
        int connectMillis = Math.toIntExact(settings.connectTimeout().toMillis());
        int requestMillis = Math.toIntExact(settings.requestTimeout().toMillis());
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(request -> request.setConnectTimeout(connectMillis)
                        .setConnectionRequestTimeout(connectMillis)
                        .setSocketTimeout(requestMillis))
                .setHttpClientConfigCallback(http -> {
                    if (settings.apiKey() == null && settings.username() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(
                                AuthScope.ANY,
                                new UsernamePasswordCredentials(
                                        settings.username(), settings.password() == null ? "" : settings.password()));
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    if (ssl != null) {
                        http.setSSLContext(ssl);
                    }
                    return http;
                });
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        // An explicit Jackson mapper: no jakarta.json provider lookup through the context class loader,
        // which inside a PF4J plugin is not the plugin's.
        this.transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(JSON));
        this.client = new ElasticsearchClient(transport);
        OpenClients.register(this);
    }

    /** The typed client. */
    ElasticsearchClient api() {
        return client;
    }

    @Override
    public void close() {
        OpenClients.unregister(this);
        try {
            transport.close();
        } catch (IOException e) {
            // Closing only releases sockets; nothing to recover.
        }
    }
}
