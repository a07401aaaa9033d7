package com.gridvault.search.support;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks a search cluster's settings share, each failing with an {@link IllegalArgumentException}
 * that names the configuration key. Stateless.
 */
public final class ClusterSettingsChecks {

    /** Index names: lower case, no separators or wildcards, not starting with '-', '_' or '+'. */
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private ClusterSettingsChecks() {}

    /**
     * Parses a comma-separated list of URLs; blank entries are skipped.
     *
     * @param key the configuration key, for messages
     * @param value the configured value
     * @return the URLs, possibly empty (see {@link #checkServerUrls})
     */
    public static List<URI> parseServerUrls(String key, String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> uri(key, s))
                .toList();
    }

    /**
     * Requires at least one URL, each http(s) with a host.
     *
     * @param key the configuration key, for messages
     * @param urls the URLs
     * @return an unmodifiable copy of the URLs
     */
    public static List<URI> checkServerUrls(String key, List<URI> urls) {
        List<URI> copy = List.copyOf(urls);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Configuration key '" + key + "' must list at least one URL");
        }
        for (URI url : copy) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException(
                        "Configuration key '" + key + "' must hold http(s)://host:port URLs, was '" + url + "'");
            }
        }
        return copy;
    }

    /**
     * Requires a prefix that makes a valid index name.
     *
     * @param key the configuration key, for messages
     * @param indexPrefix the prefix
     */
    public static void checkIndexPrefix(String key, String indexPrefix) {
        if (indexPrefix == null || !PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException("Configuration key '" + key
                    + "' must be lower-case letters, digits, '.', '_' or '-', was '" + indexPrefix + "'");
        }
    }

    /**
     * Requires a value within bounds.
     *
     * @param key the configuration key, for messages
     * @param value the value
     * @param min the least allowed
     * @param max the most allowed
     */
    public static void range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * Treats a blank value as unset.
     *
     * @param value a configured value, possibly null
     * @return null for null or blank, else the value
     */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static URI uri(String key, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' holds an invalid URL '" + value + "'", e);
        }
    }
}
