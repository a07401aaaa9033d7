package com.gridvault.server.auth.mfa;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.secrets.Digests;
import com.gridvault.server.secrets.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP enrolment and checks, recovery codes, and organizations' "MFA required" policy. Secrets are
 * sealed with the master key; recovery codes are stored as SHA-256 hashes and each works once.
 */
@ApplicationScoped
@Transactional
public class MfaService {

    /** Recovery codes issued at enrolment. */
    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "Gridvault";

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    @Inject
    SecretSealer sealer;

    Clock clock = Clock.systemUTC();

    /** A started enrolment: the secret for the authenticator app, once. */
    public record Enrolment(String secret, String otpauthUri) {}

    public Enrolment enroll(String userId, String username) {
        UserMfaEntity row = em.find(UserMfaEntity.class, userId);
        if (row != null && row.enabled) {
            throw new ApiException(
                    ProblemType.CONFLICT, "Two-factor authentication is already on; turn it off first to re-enrol");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String sealed = sealer.seal(Base64.getEncoder().encodeToString(secret), slot(userId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (row == null) {
            em.persist(new UserMfaEntity(userId, sealed, now));
        } else {
            row.restart(sealed, now);
        }
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = java.net.URLEncoder.encode(ISSUER + ":" + username, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return new Enrolment(
                base32,
                "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                        + "&algorithm=SHA1&digits=6&period=" + Totp.step().toSeconds());
    }

    /** Confirms the enrolment with a first code; returns the recovery codes (shown once). */
    public List<String> confirm(String userId, String code) {
        UserMfaEntity row = em.find(UserMfaEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new ApiException(ProblemType.CONFLICT, "Start the enrolment first: POST /api/v1/users/me/mfa/totp");
        }
        if (row.enabled) {
            throw new ApiException(ProblemType.CONFLICT, "Two-factor authentication is already on");
        }
        OptionalLong step = Totp.verify(secret(row), code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The code is not valid; check the authenticator's time");
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = recoveryCode();
            codes.add(c);
            hashes.add(Digests.sha256Hex(c));
        }
        row.enable(String.join(",", hashes), step.getAsLong(), OffsetDateTime.now(clock));
        return codes;
    }

    /** Whether the user has two-factor authentication on. */
    public boolean enabled(String userId) {
        UserMfaEntity row = em.find(UserMfaEntity.class, userId);
        return row != null && row.enabled;
    }

    /**
     * Checks a second factor at sign-in: a current TOTP code (each accepted once) or an unused
     * recovery code (then spent).
     */
    public boolean verify(String userId, String code) {
        UserMfaEntity row = em.find(UserMfaEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.enabled || code == null) {
            return false;
        }
        OptionalLong step = Totp.verify(secret(row), code, clock.instant(), row.lastStep);
        if (step.isPresent()) {
            row.used(step.getAsLong());
            return true;
        }
        String hash = Digests.sha256Hex(code.strip().toLowerCase(java.util.Locale.ROOT));
        List<String> hashes = new ArrayList<>(Arrays.asList(row.recoveryCodes.split(",")));
        if (hashes.remove(hash)) {
            row.recoveryCodes(String.join(",", hashes));
            return true;
        }
        return false;
    }

    /** Turns two-factor authentication off after checking a code. */
    public void disable(String userId, String code) {
        if (!verify(userId, code)) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The code is not valid");
        }
        UserMfaEntity row = em.find(UserMfaEntity.class, userId);
        em.remove(row);
    }

    /**
     * Removes a user's TOTP secret and recovery codes without a code (an administrator's reset for
     * a lost authenticator); the user can enrol again.
     *
     * @return false when the user had no enrolment
     */
    public boolean reset(String userId) {
        UserMfaEntity row = em.find(UserMfaEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }

    /** Whether an organization requires two-factor authentication of its members. */
    public boolean required(String orgId) {
        OrgSecurityPolicyEntity policy = em.find(OrgSecurityPolicyEntity.class, orgId);
        return policy != null && policy.requireMfa;
    }

    public void require(String orgId, boolean required) {
        OrgSecurityPolicyEntity policy = em.find(OrgSecurityPolicyEntity.class, orgId);
        if (policy == null) {
            em.persist(new OrgSecurityPolicyEntity(orgId, required, OffsetDateTime.now(ZoneOffset.UTC)));
        } else {
            policy.set(required, OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    private byte[] secret(UserMfaEntity row) {
        return Base64.getDecoder().decode(sealer.open(row.secretSealed, slot(row.userId)));
    }

    private static String slot(String userId) {
        return "mfa:" + userId;
    }

    private static String recoveryCode() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                s.append('-');
            }
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
