package com.gridvault.search.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS context of a cluster client from an operator's CA certificate file. */
public final class TrustCertificates {

    private TrustCertificates() {}

    /**
     * A TLS context that trusts exactly the certificates of a PEM file.
     *
     * @param key the configuration key that named the file, for messages
     * @param pemFile the PEM file of one or more CA certificates, or null
     * @return the context, or null for a null file (the JVM's trust store applies)
     * @throws IllegalArgumentException naming the key when the file cannot be read as certificates
     */
    public static SSLContext sslContext(String key, String pemFile) {
        if (pemFile == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(Path.of(pemFile))) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must name a readable PEM certificate file, was '" + pemFile + "'",
                    e);
        }
    }
}
