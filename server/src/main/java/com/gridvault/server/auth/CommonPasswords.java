package com.gridvault.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords, from the frequency-ranked list that ships inside zxcvbn4j
 * (com.nulab-inc:zxcvbn, derived from leaked-password corpora), compared case-insensitively.
 */
final class CommonPasswords {

    /** How many of the most common passwords are refused. */
    static final int SIZE = 10_000;

    static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private static final Set<String> TOP = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        return TOP.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return TOP.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> top = new HashSet<>(SIZE * 2);
            String line;
            while (top.size() < SIZE && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    top.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
