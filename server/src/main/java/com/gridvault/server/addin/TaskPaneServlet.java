package com.gridvault.server.addin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the task pane page ({@code src/main/webapp/addin/taskpane.html}) with the configured
 * Office.js location filled in and the page's own Content-Security-Policy. The page has no inline
 * script, so the URL goes into a {@code <script src>} attribute rather than into code.
 */
@WebServlet("/addin/taskpane.html")
public class TaskPaneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The placeholder in the page for the Office.js URL. */
    static final String OFFICE_JS_PLACEHOLDER = "{{OFFICE_JS_URL}}";

    @Inject
    transient AddinSettings settings;

    private transient volatile String template;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = template()
                .replace(OFFICE_JS_PLACEHOLDER, attribute(settings.officeJsUrl().toString()));
        response.setHeader("Content-Security-Policy", TaskPanePolicy.contentSecurityPolicy(settings));
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page);
    }

    private String template() {
        String current = template;
        if (current == null) {
            try (InputStream in = getServletContext().getResourceAsStream("/addin/taskpane.html")) {
                if (in == null) {
                    throw new IllegalStateException("addin/taskpane.html is missing from the application");
                }
                current = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = current;
        }
        return current;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
