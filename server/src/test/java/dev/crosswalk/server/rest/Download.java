package dev.crosswalk.server.rest;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A binary download from a test server (JavalinTest's client reads every body as text). */
final class Download {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();  // Java 17's client is not AutoCloseable

    private Download() {}

    static HttpResponse<byte[]> get(Javalin server, String path, String... headers) throws Exception {
        return send(server, HttpRequest.newBuilder(uri(server, path)).GET(), headers);
    }

    static HttpResponse<byte[]> post(Javalin server, String path, String body, String... headers) throws Exception {
        return send(server, HttpRequest.newBuilder(uri(server, path)).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    private static URI uri(Javalin server, String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static HttpResponse<byte[]> send(Javalin server, HttpRequest.Builder b, String... headers) throws Exception {
        if (headers.length > 0) b.headers(headers);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
