package com.gridvault.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Checks a plugin archive before the host lets PF4J near it, and explains every refusal.
 *
 * <p>PF4J itself accepts archives that later misbehave silently: one that bundles its own copy of
 * the plugin API or of PF4J loads, starts, and contributes zero extensions, because its classes no
 * longer match the host's. The inspector refuses such archives, archives without a usable
 * descriptor, archives that need another plugin API version, and archives that are too large or
 * expand too far.
 */
public final class PluginArchiveInspector {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final List<String> HOST_OWNED_PACKAGES = List.of("com/gridvault/plugin/api/", "org/pf4j/");

    private final PluginHostSettings settings;
    private final String apiVersion;
    private final VersionManager versions = new DefaultVersionManager();

    /**
     * Creates an inspector.
     *
     * @param settings the archive limits
     * @param apiVersion the plugin API version this host provides
     */
    public PluginArchiveInspector(PluginHostSettings settings, String apiVersion) {
        this.settings = settings;
        this.apiVersion = apiVersion;
    }

    /**
     * Inspects an archive.
     *
     * @param archive a {@code .jar} or {@code .zip} plugin file
     * @return its validated descriptor
     * @throws PluginRejectedException saying why the archive cannot be used
     */
    public PluginManifest inspect(Path archive) {
        return inspect(archive, archive.getFileName().toString());
    }

    /**
     * Inspects an archive whose file name means nothing to the operator (an upload in a temp file).
     *
     * @param archive the archive on disk
     * @param name what to call it in messages, e.g. the uploaded file name
     * @return its validated descriptor
     * @throws PluginRejectedException saying why the archive cannot be used
     */
    public PluginManifest inspect(Path archive, String name) {
        try {
            long size = Files.size(archive);
            if (size > settings.maxArchiveBytes()) {
                throw new PluginRejectedException(String.format(
                        Locale.ROOT,
                        "'%s' is %.1f MiB; plugin archives may be at most %.1f MiB",
                        name,
                        size / 1048576.0,
                        settings.maxArchiveBytes() / 1048576.0));
            }
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                return validate(name, scan(name, zip));
            }
        } catch (ZipException e) {
            throw new PluginRejectedException(
                    "'" + name + "' is not a valid plugin archive: it is not a readable jar or zip file");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read plugin archive '" + name + "'", e);
        }
    }

    /**
     * Tells whether an archive uses PF4J's zip layout ({@code plugin.properties}, {@code classes/},
     * {@code lib/}) rather than a single jar.
     *
     * @param archive a readable archive
     * @return true for the zip layout
     */
    public static boolean isZipLayout(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.getEntry("plugin.properties") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private PluginManifest scan(String name, ZipFile zip) throws IOException {
        Budget budget = new Budget(name);
        PluginManifest descriptor = null;
        boolean zipLayout = zip.getEntry("plugin.properties") != null;
        List<? extends ZipEntry> entries = zip.stream().toList();
        for (ZipEntry entry : entries) {
            String entryName = entry.getName();
            budget.entry(entryName, Math.max(entry.getSize(), 0));
            checkNotHostOwned(name, zipLayout ? stripPrefix(entryName, "classes/") : entryName, name);
            if (entryName.startsWith("lib/") && entryName.endsWith(".jar")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    scanNestedJar(name, entryName, in, budget);
                }
            }
        }
        ZipEntry manifestEntry = zip.getEntry(zipLayout ? "plugin.properties" : "META-INF/MANIFEST.MF");
        if (manifestEntry != null) {
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                descriptor = zipLayout ? fromProperties(in) : fromManifest(in);
            }
        }
        if (descriptor == null || descriptor.id() == null) {
            throw new PluginRejectedException(
                    "'" + name + "' has no plugin descriptor: a plugin jar needs a manifest with "
                            + "Plugin-Id, Plugin-Version, Plugin-Class and Plugin-Requires");
        }
        String pluginClass = descriptor.pluginClass();
        if (pluginClass != null) {
            String classEntry = (zipLayout ? "classes/" : "") + pluginClass.replace('.', '/') + ".class";
            if (zip.getEntry(classEntry) == null && !zipLayout) {
                throw new PluginRejectedException("'" + name + "' declares Plugin-Class " + pluginClass
                        + ", but the archive does not contain that class");
            }
        }
        return descriptor;
    }

    private void scanNestedJar(String archive, String jarName, InputStream in, Budget budget) throws IOException {
        try (ZipInputStream nested = new ZipInputStream(in)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                checkNotHostOwned(archive, entry.getName(), archive + "!/" + jarName);
                budget.entry(entry.getName(), 0);
                for (int n = nested.read(buffer); n > 0; n = nested.read(buffer)) {
                    budget.expand(n);
                }
            }
        }
    }

    private static void checkNotHostOwned(String archive, String entryName, String where) {
        for (String hostOwned : HOST_OWNED_PACKAGES) {
            if (entryName.startsWith(hostOwned) && entryName.endsWith(".class")) {
                String what = hostOwned.startsWith("org/pf4j") ? "PF4J" : "the Gridvault plugin API";
                throw new PluginRejectedException("'" + archive + "' bundles its own copy of " + what + " (" + entryName
                        + " in " + where + "). The appliance provides these classes; declare gridvault-plugin-api and "
                        + "pf4j with <scope>provided</scope> so the plugin's extensions are visible to the host");
            }
        }
    }

    private PluginManifest validate(String name, PluginManifest d) {
        if (!ID.matcher(d.id()).matches()) {
            throw new PluginRejectedException("'" + name + "' has Plugin-Id '" + d.id()
                    + "'; ids are 1-64 characters of lower-case letters, digits, '.', '_' or '-'");
        }
        if (d.version() == null || d.version().isBlank()) {
            throw new PluginRejectedException("Plugin '" + d.id() + "' declares no Plugin-Version");
        }
        try {
            versions.compareVersions(d.version(), "0.0.0");
        } catch (RuntimeException e) {
            throw new PluginRejectedException("Plugin '" + d.id() + "' has Plugin-Version '" + d.version()
                    + "', which is not a semantic version like 1.2.0");
        }
        if (d.requires() == null || d.requires().isBlank() || d.requires().equals("*")) {
            throw new PluginRejectedException(
                    "Plugin '" + d.id() + "' declares no Plugin-Requires; it must state the plugin API "
                            + "versions it was built for, e.g. '>=1.0.0 & <2.0.0' (this appliance provides "
                            + apiVersion + ")");
        }
        boolean compatible;
        try {
            compatible = versions.checkVersionConstraint(apiVersion, d.requires());
        } catch (RuntimeException e) {
            throw new PluginRejectedException("Plugin '" + d.id() + "' has Plugin-Requires '" + d.requires()
                    + "', which is not a version range like '>=1.0.0 & <2.0.0'");
        }
        if (!compatible) {
            throw new PluginRejectedException("Plugin '" + d.id() + "' " + d.version() + " requires plugin API '"
                    + d.requires() + "', but this appliance provides plugin API " + apiVersion);
        }
        return d;
    }

    private static PluginManifest fromManifest(InputStream in) throws IOException {
        Attributes a = new Manifest(in).getMainAttributes();
        return new PluginManifest(
                trim(a.getValue("Plugin-Id")),
                trim(a.getValue("Plugin-Version")),
                trim(a.getValue("Plugin-Class")),
                trim(a.getValue("Plugin-Requires")),
                nonNull(a.getValue("Plugin-Provider")),
                nonNull(a.getValue("Plugin-Description")));
    }

    private static PluginManifest fromProperties(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new PluginManifest(
                trim(p.getProperty("plugin.id")),
                trim(p.getProperty("plugin.version")),
                trim(p.getProperty("plugin.class")),
                trim(p.getProperty("plugin.requires")),
                nonNull(p.getProperty("plugin.provider")),
                nonNull(p.getProperty("plugin.description")));
    }

    private static String stripPrefix(String value, String prefix) {
        return value.startsWith(prefix) ? value.substring(prefix.length()) : value;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.trim();
    }

    /** Counts entries and expanded bytes across the archive and its nested jars. */
    private final class Budget {
        private final String archive;
        private int entries;
        private long expandedBytes;

        Budget(String archive) {
            this.archive = archive;
        }

        void entry(String entryName, long size) {
            if (entryName.startsWith("/") || entryName.contains("..")) {
                throw new PluginRejectedException("'" + archive + "' contains the unsafe path '" + entryName + "'");
            }
            if (++entries > settings.maxArchiveEntries()) {
                throw new PluginRejectedException(
                        "'" + archive + "' has more than " + settings.maxArchiveEntries() + " entries");
            }
            expand(size);
        }

        void expand(long bytes) {
            expandedBytes += bytes;
            if (expandedBytes > settings.maxUncompressedBytes()) {
                throw new PluginRejectedException("'" + archive + "' expands to more than "
                        + (settings.maxUncompressedBytes() >> 20) + " MiB; refusing it as a possible zip bomb");
            }
        }
    }
}
