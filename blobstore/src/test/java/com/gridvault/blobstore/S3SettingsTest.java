package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class S3SettingsTest {
    private static final URI MINIO = URI.create("http://minio.internal:9000");

    @Test
    void neverPrintsTheSecretKey() {
        var settings = new S3Settings(MINIO, "us-east-1", "docs", "gv", "AKIDEXAMPLE", "s3cr3t-value", true);

        assertThat(settings.toString())
                .contains("AKIDEXAMPLE", "docs", "minio.internal")
                .doesNotContain("s3cr3t-value");
    }

    @Test
    void normalizesThePrefix() {
        assertThat(settings("/gridvault/blobs/").prefix()).isEqualTo("gridvault/blobs");
        assertThat(settings(null).prefix()).isEmpty();
        assertThat(settings("/").prefix()).isEmpty();
    }

    @Test
    void rejectsPrefixesThatCouldClimbOrCollapse() {
        assertThatThrownBy(() -> settings("a/../b")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> settings("a//b")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> settings("./a")).hasMessageContaining("prefix");
    }

    @Test
    void rejectsCredentialsInTheEndpointWithoutEchoingThem() {
        URI withUserInfo = URI.create("https://user:hunter2@s3.example.com");

        assertThatThrownBy(() -> new S3Settings(withUserInfo, "eu-west-1", "docs", "", "a", "b", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void rejectsEndpointsThatAreNotHttp() {
        assertThatThrownBy(() -> new S3Settings(URI.create("ftp://host"), "r", "docs", "", "a", "b", true))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new S3Settings(URI.create("http://host?x=1"), "r", "docs", "", "a", "b", true))
                .hasMessageContaining("query");
    }

    @Test
    void wantsBothKeysOrNeither() {
        assertThatThrownBy(() -> new S3Settings(MINIO, "r", "docs", "", "a", null, true))
                .hasMessageContaining("accessKey and secretKey");
        assertThatThrownBy(() -> new S3Settings(MINIO, "r", "docs", "", null, "b", true))
                .hasMessageContaining("accessKey and secretKey");

        var chain = new S3Settings(null, "eu-central-1", "docs", "", "", "", false);
        assertThat(chain.hasStaticCredentials()).isFalse();
        assertThat(chain.accessKey()).isNull();
    }

    @Test
    void wantsARegionAndAPlainBucketName() {
        assertThatThrownBy(() -> new S3Settings(MINIO, " ", "docs", "", "a", "b", true))
                .hasMessageContaining("region");
        assertThatThrownBy(() -> new S3Settings(MINIO, "r", "docs/x", "", "a", "b", true))
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> new S3Settings(MINIO, "r", null, "", "a", "b", true))
                .hasMessageContaining("bucket");
    }

    private static S3Settings settings(String prefix) {
        return new S3Settings(MINIO, "us-east-1", "docs", prefix, "a", "b", true);
    }
}
