package com.gridvault.server.addin;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Content-Security-Policy of the task pane page. Stricter defaults apply to everything else
 * (see {@code SecurityHeadersFilter}); the task pane differs because Office frames it and it runs
 * Office.js from another origin.
 */
public final class TaskPanePolicy {

    /**
     * Where Office hosts add-in frames: Office on the web (officeapps.live.com, office.com,
     * cloud.microsoft), files opened from SharePoint and OneDrive. Desktop Excel does not frame the pane.
     */
    static final String OFFICE_FRAME_ANCESTORS = "https://*.officeapps.live.com https://*.office.com"
            + " https://*.office365.com https://*.cloud.microsoft https://*.sharepoint.com https://onedrive.live.com";

    private TaskPanePolicy() {}

    /** The policy for the page: own scripts and Office.js only, no inline script, framed only by Office. */
    public static String contentSecurityPolicy(AddinSettings settings) {
        Set<String> scripts = new LinkedHashSet<>();
        scripts.add("'self'");
        scripts.add(settings.officeJsOrigin());
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        // 'self' covers same-origin WebSockets in current browsers; older WebKit (Excel on Mac) needs it spelled out.
        connect.add(settings.publicOrigin().replaceFirst("^https:", "wss:"));
        connect.add(settings.officeJsOrigin());
        return "default-src 'none'"
                + "; script-src " + String.join(" ", scripts)
                // Office.js on the web sets inline styles on the page (OfficeDev/office-js#1687); scripts stay strict.
                + "; style-src 'self' 'unsafe-inline'"
                + "; img-src 'self' data:"
                + "; connect-src " + String.join(" ", connect)
                + "; frame-ancestors 'self' " + OFFICE_FRAME_ANCESTORS
                + "; base-uri 'none'; form-action 'none'";
    }
}
