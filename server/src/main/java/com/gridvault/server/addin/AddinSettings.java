package com.gridvault.server.addin;

import com.gridvault.server.config.ConfigReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Reads and checks both keys; a bad value names its key and environment variable. */
    public static AddinSettings read(ConfigReader reader) {
        return new AddinSettings(
                reader.parse(
                        PUBLIC_URL_KEY,
                        URI.create(DEFAULT_PUBLIC_URL),
                        AddinSettings::httpsBase,
                        "an absolute https URL without query or fragment, e.g. https://gridvault.example.com"),
                reader.parse(
                        OFFICE_JS_URL_KEY,
                        URI.create(DEFAULT_OFFICE_JS_URL),
                        value -> absolute(value, "https", "http"),
                        "an absolute http or https URL"));
    }

    /** Checks both values as {@link #read} does. */
    public static AddinSettings of(String publicUrl, String officeJsUrl) {
        return read(ConfigReader.of(Map.of(PUBLIC_URL_KEY, publicUrl, OFFICE_JS_URL_KEY, officeJsUrl)));
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

    /** An https address with its path's trailing slashes removed, so paths can be appended. */
    private static URI httpsBase(String value) {
        URI uri = absolute(value, "https");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create("https://" + uri.getRawAuthority() + path);
    }

    /** An absolute URL with a host, one of the schemes, and no query or fragment. */
    private static URI absolute(String value, String... schemes) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of(schemes).contains(scheme)
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(value);
        }
        return uri;
    }
}
