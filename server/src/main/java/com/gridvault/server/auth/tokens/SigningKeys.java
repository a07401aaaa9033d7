package com.gridvault.server.auth.tokens;

import com.gridvault.server.secrets.PrivateFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The access-token signing keys, kept in a JWK set file readable only by the appliance user. The
 * first key is the active one; older keys stay for verification until tokens signed with them
 * expire. Thread-safe.
 */
public final class SigningKeys {

    private static final int MAX_KEYS = 3;

    private final Path file;
    private volatile List<OctetSequenceKey> keys;

    private SigningKeys(Path file, List<OctetSequenceKey> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** Loads the key file, creating it with a fresh key on first start. */
    public static SigningKeys loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                List<OctetSequenceKey> loaded = new ArrayList<>();
                for (JWK jwk : JWKSet.parse(Files.readString(file)).getKeys()) {
                    loaded.add(jwk.toOctetSequenceKey());
                }
                if (loaded.isEmpty()) {
                    throw new IllegalStateException("The signing key file " + file + " holds no keys");
                }
                return new SigningKeys(file, loaded);
            }
            SigningKeys created = new SigningKeys(file, List.of(generate()));
            created.save();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key file " + file + " is not a valid JWK set", e);
        }
    }

    /** The key new tokens are signed with. */
    public OctetSequenceKey active() {
        return keys.get(0);
    }

    /** The key with a given id, if it is still kept. */
    public Optional<OctetSequenceKey> byId(String kid) {
        return keys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    /** Makes a new key active; the previous ones verify until they fall out of the kept window. */
    public synchronized String rotate() {
        List<OctetSequenceKey> next = new ArrayList<>();
        next.add(generate());
        next.addAll(keys.subList(0, Math.min(keys.size(), MAX_KEYS - 1)));
        keys = List.copyOf(next);
        save();
        return active().getKeyID();
    }

    private static OctetSequenceKey generate() {
        try {
            return new OctetSequenceKeyGenerator(256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private void save() {
        PrivateFiles.write(file, new JWKSet(new ArrayList<>(keys)).toString(false), "the signing keys");
    }
}
