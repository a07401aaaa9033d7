package com.gridvault.server.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM with a random 96-bit nonce per value; output {@code v1:base64(nonce || ciphertext || tag)}. */
public final class SecretCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * Encrypts a value for a slot.
     *
     * @param plaintext the secret
     * @param slot where it will be stored, e.g. {@code plugin:ai-openai:api-key}; bound as associated data
     * @return the encoded ciphertext
     */
    public String encrypt(String plaintext, String slot) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(slot.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a secret", e);
        }
    }

    /**
     * Decrypts a value read from a slot.
     *
     * @throws SecretTamperedException when the value was altered, moved from another slot or
     *     encrypted with another master key
     */
    public String decrypt(String encoded, String slot) {
        if (!encoded.startsWith(VERSION)) {
            throw new SecretTamperedException("Unknown secret format in " + slot);
        }
        try {
            byte[] all = Base64.getDecoder().decode(encoded.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(slot.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretTamperedException(
                    "The secret in " + slot + " cannot be decrypted: altered, moved, or another master key");
        }
    }
}
