package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.http.BodyLimitFilter;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.http.ProblemErrorHandler;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.server.rest.RestApi;
import dev.crosswalk.server.web.SharedJarMounts;
import dev.crosswalk.server.web.WebUi;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import dev.crosswalk.server.sparql.ParseOnceQueryService;
import dev.crosswalk.server.sparql.RowCap;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * One JVM, one port: Fuseki hosts the read-only SPARQL endpoint over the public reference dataset
 * (with the query time and row limits), the Javalin REST API as a servlet under {@code /api/*} and
 * the web UI at {@code /}; one filter caps every request body.
 */
public final class CrosswalkServer implements AutoCloseable {
    public static final String DATASET = "/crosswalk";
    public static final String SPARQL_PATH = DATASET + "/sparql";
    /** Fuseki's default is 5 MiB unpooled per response, which caps throughput; 32 KiB is plenty. */
    private static final int OUTPUT_BUFFER = 32 * 1024;

    /** The web UI built ahead by {@link #prepareWebUi()}, taken by the next start. */
    private static final AtomicReference<CompletableFuture<Javalin>> PREPARED_WEB_UI = new AtomicReference<>();

    private final FusekiServer fuseki;
    private final ParseOnceQueryService queries;

    private CrosswalkServer(FusekiServer fuseki, ParseOnceQueryService queries) {
        this.fuseki = fuseki;
        this.queries = queries;
    }

    /** Starts the server for {@code core} on {@code port} (0 picks a free port), organisations and keys in memory. */
    public static CrosswalkServer start(Crosswalk core, int port) {
        return start(ApiContext.of(core, SPARQL_PATH, Tdb2Store.inMemory().storage()), port);
    }

    /**
     * Starts a deployment with an admin key and limits: what {@code crosswalk serve} runs, so the CLI
     * needs nothing of the REST package.
     */
    public static CrosswalkServer start(Deployment deployment, AdminKey admin, Limits limits, int port) {
        return start(ApiContext.of(deployment.current(), SPARQL_PATH, deployment.storage(), deployment.imports())
                .withAdmin(admin).withLimits(limits).withPublication(deployment.publication()), port);
    }

    /**
     * Starts building the web UI (its pages, and the mount of the jar its static files are read from) on a thread of its
     * own, for the next {@link #start}: {@code crosswalk serve} calls it first, so it overlaps loading the reference model.
     */
    public static void prepareWebUi() {
        SharedJarMounts.install();
        CompletableFuture<Javalin> web = new CompletableFuture<>();
        if (!PREPARED_WEB_UI.compareAndSet(null, web)) return;
        Thread t = new Thread(() -> {
            try {
                web.complete(WebUi.create());
            } catch (RuntimeException | Error e) {
                web.completeExceptionally(e);
            }
        }, "crosswalk-web-ui");
        t.setDaemon(true);
        t.start();
    }

    /** The web UI {@link #prepareWebUi()} built, else a new one. */
    private static Javalin webUi() {
        CompletableFuture<Javalin> prepared = PREPARED_WEB_UI.getAndSet(null);
        return prepared == null ? WebUi.create() : prepared.join();
    }

    /** Starts the server with an explicit API context (e.g. organisations in a remote store, an admin key, limits). */
    public static CrosswalkServer start(ApiContext api, int port) {
        Limits limits = api.limits();
        SharedJarMounts.install();  // before Javalin's static files mount the jar (8 times over otherwise)
        // script functions would run caller-supplied code: they stay off whatever the JVM was started with
        System.clearProperty(ARQ.systemPropertyScripting);
        DatasetGraph pub = limited(api.core(), limits);
        // The plain JavalinServlet: Javalin's Jetty servlet needs websocket set-up Fuseki's context lacks.
        HttpServlet rest = new JavalinServlet(RestApi.create(api).unsafe);
        ParseOnceQueryService queries = new ParseOnceQueryService();
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, queries)
                .add(DATASET, pub, false)
                .addFilter("/*", new BodyLimitFilter(limits.maxBodyBytes()))
                .addServlet("/api/*", rest)
                .enablePing(false)
                .enableStats(false)
                .build();
        ProblemErrorHandler errors = new ProblemErrorHandler();
        fuseki.getJettyServer().setErrorHandler(errors);
        for (var context : fuseki.getJettyServer().getDescendants(ServletContextHandler.class)) context.setErrorHandler(errors);
        // the web UI on its own paths (Fuseki keeps "/" for its 404s): one servlet, mapped once per path
        ServletHolder web = new ServletHolder("web-ui", new JavalinServlet(webUi().unsafe));
        ServletContextHandler root = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        for (String path : WebUi.PATHS) root.addServlet(web, path);
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
        }
        fuseki.start();
        // an import replaces the core: the endpoint then serves the new model's public view, with the same limits
        api.current().onReplace(next -> serve(fuseki, limited(next, limits)));
        return new CrosswalkServer(fuseki, queries);
    }

    /** The core's public view with the endpoint's time limits and row cap, and no SERVICE calls. */
    private static DatasetGraph limited(Crosswalk core, Limits limits) {
        DatasetGraph pub = core.publicDataset();
        Context cxt = pub.getContext();
        cxt.set(ARQ.queryTimeout, limits.queryFirstResult().toMillis() + "," + limits.queryTotal().toMillis());
        cxt.set(ARQ.httpServiceAllowed, false);  // no SERVICE calls from our host to anywhere
        RowCap.install(cxt, limits.maxRows());
        return pub;
    }

    /**
     * Replaces the dataset behind {@link #DATASET} with {@code pub}, read-only like the first: queries
     * already running finish on the old one, the next ones read the new one.
     */
    private static void serve(FusekiServer fuseki, DatasetGraph pub) {
        DataService service = DataService.newBuilder(pub).withStdServices(false).build();
        service.setEndpointProcessors(fuseki.getOperationRegistry());
        service.goActive();
        DataAccessPoint point = new DataAccessPoint(DATASET, service);
        fuseki.getDataAccessPointRegistry().put(point.getName(), point);  // register() refuses a name it has
    }

    /** How many distinct query texts the SPARQL endpoint keeps parsed. */
    public long parsedQueries() {
        return queries.kept();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
