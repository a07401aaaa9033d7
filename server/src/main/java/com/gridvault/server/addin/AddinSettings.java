package com.gridvault.server.addin;

import com.gridvault.server.config.ConfigReader;
import com.gridvault.server.config.InvalidConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the add-in is reached and where its task pane loads Office.js from.
 *
 * @param publicUrl the appliance's public https address as Excel reaches it, without a trailing
 *     slash ({@code gridvault.public-url}, default {@code https://localhost:8443})
 * @param officeJsUrl the Office.js script the task pane loads ({@code gridvault.addin.office-js-url},
 *     default Microsoft's CDN)
 */
public record AddinSettings(URI publicUrl, URI officeJsUrl) {

    /** The public address when none is configured. */
    public static final String DEFAULT_PUBLIC_URL = "https://localhost:8443";

    /** Office.js from Microsoft's CDN, as Microsoft requires for add-ins in AppSource. */
    public static final String DEFAULT_OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    static final String PUBLIC_URL_KEY = "gridvault.public-url";
    static final String OFFICE_JS_URL_KEY = "gridvault.addin.office-js-url";

    /** Reads and checks both keys; a bad value names its key. */
    public static AddinSettings read(ConfigReader reader) {
        return of(
                reader.string(PUBLIC_URL_KEY, DEFAULT_PUBLIC_URL),
                reader.string(OFFICE_JS_URL_KEY, DEFAULT_OFFICE_JS_URL));
    }

    /** Checks both values as {@link #read} does. */
    public static AddinSettings of(String publicUrl, String officeJsUrl) {
        return new AddinSettings(url(PUBLIC_URL_KEY, publicUrl, true), url(OFFICE_JS_URL_KEY, officeJsUrl, false));
    }

    /** The public address with {@code path} appended, e.g. {@code publicUrl("/addin/taskpane.html")}. */
    public String publicUrl(String path) {
        return publicUrl + path;
    }

    /** The origin of the public address, e.g. {@code https://gridvault.example.com:8443}. */
    public String publicOrigin() {
        return origin(publicUrl);
    }

    /** The origin Office.js is loaded from, for the page's script-src. */
    public String officeJsOrigin() {
        return origin(officeJsUrl);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static URI url(String key, String value, boolean httpsOnly) {
        String expected = httpsOnly
                ? "an absolute https URL without query or fragment, e.g. https://gridvault.example.com"
                : "an absolute http or https URL";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeOk = httpsOnly ? scheme.equals("https") : scheme.equals("https") || scheme.equals("http");
            if (!schemeOk || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(value, "unexpected form");
            }
            if (httpsOnly) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
                return new URI(scheme + "://" + uri.getRawAuthority() + path);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException("Configuration key '" + key + "' (environment variable "
                    + key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT) + ") must be " + expected
                    + ", but is '" + value + "'");
        }
    }
}
