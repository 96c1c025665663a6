package dev.crosswalk.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (ambiguous or malformed URIs, unknown paths outside the API) in
 * problem+json like the API, without stack traces or server details.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = Json.mapper();

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Every method gets a body (Jetty's default gives none to PUT and DELETE). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        String path = request.getHttpURI().getPath();
        boolean generic = message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code));
        String detail = !generic ? message : code == 404 ? "No such resource: " + request.getMethod() + " " + path
                : code == 400 ? "The request could not be parsed: malformed URI, headers or encoding." : HttpStatus.getMessage(code);
        Problem body = Problem.of("http-" + code, HttpStatus.getMessage(code), code, detail, path);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), callback);
    }
}
