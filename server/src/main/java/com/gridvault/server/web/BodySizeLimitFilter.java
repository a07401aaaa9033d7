package com.gridvault.server.web;

import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.errors.PayloadTooLargeException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Enforces request body limits: a declared Content-Length over the limit is refused with 413 before
 * anything is read; a chunked body is counted and cut off at the limit. Plugin and document
 * uploads have their own, larger limits.
 */
public class BodySizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PLUGIN_UPLOADS = "/api/v1/admin/plugins";
    private static final java.util.regex.Pattern DOCUMENT_UPLOADS =
            java.util.regex.Pattern.compile("/api/v1/workspaces/[^/]+/documents");

    @Inject
    ApplianceSettings settings;

    @Inject
    com.gridvault.server.documents.DocumentSettings documents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        long limit = settings.maxBodyBytes();
        String key = "gridvault.http.max-body-bytes";
        if (uri.equals(PLUGIN_UPLOADS)) {
            limit = settings.maxPluginArchiveBytes();
            key = "gridvault.plugins.max-archive-bytes";
        } else if (DOCUMENT_UPLOADS.matcher(uri).matches()) {
            // multipart framing adds a little to the file itself
            limit = documents.maxUploadBytes() + 64 * 1024;
            key = "gridvault.documents.max-upload-bytes";
        }
        if (request.getContentLengthLong() > limit) {
            Problems.write(
                    response,
                    Problems.of(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            new PayloadTooLargeException(limit, key).getMessage(),
                            request.getRequestURI()));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit, key), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private final String key;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, String key) {
            super(request);
            this.limit = limit;
            this.key = key;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit, key);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final String key;
        private long read;

        LimitedInputStream(ServletInputStream in, long limit, String key) {
            this.in = in;
            this.limit = limit;
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit, key);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
