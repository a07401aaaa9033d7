package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheJvmTrustStoreApplies() {
        assertThat(TrustCertificates.sslContext("tls.trust-certificate", null)).isNull();
    }

    @Test
    void aPemFileBecomesATlsContext() throws URISyntaxException {
        // A self-signed CA made once with: openssl req -x509 -newkey rsa:2048 -nodes -days 36500.
        String pem = Path.of(getClass().getResource("/test-ca.pem").toURI()).toString();

        SSLContext context = TrustCertificates.sslContext("tls.trust-certificate", pem);

        assertThat(context).isNotNull();
        assertThat(context.getProtocol()).isEqualTo("TLS");
        assertThat(context.getSocketFactory()).isNotNull();
    }

    @Test
    void aMissingOrUnreadableFileNamesTheKey() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        String missing = dir.resolve("missing.pem").toString();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustCertificates.sslContext("tls.trust-certificate", missing))
                .withMessage(
                        "Configuration key 'tls.trust-certificate' must name a readable PEM certificate file, was '"
                                + missing + "'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustCertificates.sslContext("tls.trust-certificate", notPem.toString()))
                .withMessageStartingWith("Configuration key 'tls.trust-certificate'");
    }
}
