package dev.crosswalk.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over the cap with 413 before any endpoint reads them: declared lengths at
 * once, chunked bodies after reading at most cap + 1 bytes. Guards the SPARQL endpoint as well as
 * the REST API, and answers in problem+json like the API does.
 */
public final class BodyLimitFilter implements Filter {
    private static final ObjectMapper JSON = Json.mapper();
    private static final long DRAIN_LIMIT = 16L << 20;
    private final long max;

    public BodyLimitFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        long declared = http.getContentLengthLong();
        if (declared > max) {
            tooLarge(http, (HttpServletResponse) res, "The request body is " + declared + " bytes; the limit is " + max + " bytes.");
            return;
        }
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(http.getHeader("Transfer-Encoding"));
        String type = String.valueOf(http.getContentType());
        if (chunked && !type.startsWith("application/x-www-form-urlencoded")) {  // form bodies: Jetty's own form limit applies
            byte[] body = read(http.getInputStream());
            if (body.length > max) {
                tooLarge(http, (HttpServletResponse) res, "The request body exceeds the limit of " + max + " bytes.");
                return;
            }
            req = new Buffered(http, body);
        }
        chain.doFilter(req, res);
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > max) break;
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletRequest req, HttpServletResponse res, String detail) throws IOException {
        // Most clients read no answer until they have sent their body: discard a moderate excess so
        // they see the 413; beyond that, close the connection rather than read on.
        InputStream in = req.getInputStream();
        byte[] sink = new byte[65536];
        long drained = 0;
        int n;
        while (drained < DRAIN_LIMIT && (n = in.read(sink)) >= 0) drained += n;
        res.setStatus(413);
        res.setHeader("Connection", "close");
        res.setContentType("application/problem+json");
        res.getOutputStream().write(JSON.writeValueAsBytes(Problem.of("payload-too-large", "Payload too large", 413, detail, req.getRequestURI())));
    }

    /** A request whose body was already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
