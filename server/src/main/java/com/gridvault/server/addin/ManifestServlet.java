package com.gridvault.server.addin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the add-in manifest for this appliance's public address, rendered once at init:
 * administrators download it from {@code /addin/manifest.xml} to sideload it or deploy it
 * centrally (docs/EXCEL-ADDIN.md).
 */
@WebServlet("/addin/manifest.xml")
public class ManifestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AddinSettings settings;

    private transient String manifest;

    @Override
    public void init() {
        manifest = AddinManifest.render(settings);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"gridvault-excel-manifest.xml\"");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(manifest);
    }
}
