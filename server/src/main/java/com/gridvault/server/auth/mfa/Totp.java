package com.gridvault.server.auth.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s steps — what authenticator
 * apps expect), computed by java-otp. A code is accepted for the current step and one step either
 * side (clock drift), and only for a step later than the last one accepted.
 */
public final class Totp {

    /** Steps accepted either side of now. */
    static final int DRIFT_STEPS = 1;

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = GENERATOR.getTimeStep().toSeconds();

    private Totp() {}

    /** The code for a secret at an instant. */
    public static String code(byte[] secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Invalid TOTP key", e);
        }
    }

    /**
     * Checks a code.
     *
     * @param lastStep the last step accepted for this secret (0 = none)
     * @return the step the code belongs to, or empty when it is wrong, too old or already used
     */
    public static OptionalLong verify(byte[] secret, String code, Instant now, long lastStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastStep
                    && constantTimeEquals(code(secret, Instant.ofEpochSecond(step * STEP_SECONDS)), code.strip())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The time step length. */
    public static Duration step() {
        return GENERATOR.getTimeStep();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
