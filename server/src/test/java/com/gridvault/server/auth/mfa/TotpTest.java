package com.gridvault.server.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * RFC 6238 Appendix B test vectors (SHA-1 seed "12345678901234567890"), truncated to the 6 digits
 * authenticator apps show: 94287082 at T=59, 07081804 at T=1111111109, 14050471 at T=1111111111.
 */
class TotpTest {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfcVectors() {
        assertThat(Totp.code(SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(SEED, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwiceNorAfterALaterOne() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = 1111111109L / 30;
        assertThat(Totp.verify(SEED, "081804", now, 0)).hasValue(step);
        assertThat(Totp.verify(SEED, "081804", now.plusSeconds(30), 0))
                .as("drift")
                .hasValue(step);
        assertThat(Totp.verify(SEED, "081804", now.plusSeconds(90), 0))
                .as("too old")
                .isEmpty();
        assertThat(Totp.verify(SEED, "081804", now, step)).as("replayed").isEmpty();
        assertThat(Totp.verify(SEED, "12345", now, 0)).as("malformed").isEmpty();
        assertThat(Totp.verify(SEED, null, now, 0)).isEmpty();
    }
}
