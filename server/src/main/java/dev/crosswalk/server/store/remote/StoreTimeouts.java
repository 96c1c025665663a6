package dev.crosswalk.server.store.remote;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Time limits of every request to a remote SPARQL store: to connect, and from sending a request
 * until the store starts to answer. A store that accepts connections but never answers makes the
 * call fail with {@link dev.crosswalk.store.StoreUnavailableException} instead of holding the caller forever.
 */
public record StoreTimeouts(Duration connect, Duration request) {

    public StoreTimeouts {
        if (connect == null || connect.isZero() || connect.isNegative()) throw new IllegalArgumentException("The store connect timeout must be positive");
        if (request == null || request.isZero() || request.isNegative()) throw new IllegalArgumentException("The store request timeout must be positive");
    }

    /** 5 s to connect, 30 s to the start of the answer. */
    public static StoreTimeouts defaults() {
        return new StoreTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /**
     * An HTTP client that applies both limits to every request sent through it: Jena's
     * RDFConnection, query, update and Graph Store Protocol calls set no request timeout of their own.
     */
    public HttpClient httpClient() {
        return new Timed(HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NORMAL).build(), request);
    }

    /** Delegates to a client, giving each request without a timeout the store's request timeout. */
    private static final class Timed extends HttpClient {
        private final HttpClient client;
        private final Duration timeout;

        Timed(HttpClient client, Duration timeout) {
            this.client = client;
            this.timeout = timeout;
        }

        private HttpRequest timed(HttpRequest r) {
            return r.timeout().isPresent() ? r : HttpRequest.newBuilder(r, (name, value) -> true).timeout(timeout).build();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
            return client.send(timed(request), handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return client.sendAsync(timed(request), handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return client.sendAsync(timed(request), handler, push);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return client.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return client.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return client.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return client.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return client.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return client.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return client.authenticator();
        }

        @Override
        public Version version() {
            return client.version();
        }

        @Override
        public Optional<Executor> executor() {
            return client.executor();
        }
    }
}
