package com.gridvault.server.addin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the task pane page ({@code src/main/webapp/addin/taskpane.html}) with the configured
 * Office.js location filled in and the page's own Content-Security-Policy, both made once at
 * init. The page has no inline script, so the URL goes into a {@code <script src>} attribute
 * rather than into code.
 */
@WebServlet(TaskPaneServlet.PATH)
public class TaskPaneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's path; Office frames it, so it alone goes without X-Frame-Options. */
    public static final String PATH = "/addin/taskpane.html";

    /** The placeholder in the page for the Office.js URL. */
    static final String OFFICE_JS_PLACEHOLDER = "{{OFFICE_JS_URL}}";

    @Inject
    transient AddinSettings settings;

    private transient String page;
    private transient String policy;

    @Override
    public void init() throws ServletException {
        String template;
        try (InputStream in = getServletContext().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new ServletException(PATH + " is missing from the application");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException("Cannot read " + PATH, e);
        }
        page = template.replace(
                OFFICE_JS_PLACEHOLDER,
                AddinManifest.escape(settings.officeJsUrl().toString()));
        policy = TaskPanePolicy.contentSecurityPolicy(settings);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page);
    }
}
