package dev.crosswalk.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.InvalidKeyException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crosswalk keys}: issue, list and revoke organisations' API keys through a running server's
 * admin API (the server is the one writer of its store), with the admin key from the environment or a file.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manage organisations' API keys on a running server (needs the admin key).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--server", defaultValue = "http://localhost:3030", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--admin-key-file", description = "File holding the admin key (else $CROSSWALK_ADMIN_KEY or $CROSSWALK_ADMIN_KEY_FILE).")
    Path adminKeyFile;

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Issue a key; it is printed once and never stored.")
    static final class Create implements Callable<Integer> {
        @ParentCommand KeysCommand parent;
        @Option(names = "--org", required = true, description = "Organisation id.") String org;
        @Option(names = "--owner", description = "Who holds the key (recorded in the organisation's history).") String owner;

        @Override
        public Integer call() throws Exception {
            String body = owner == null ? "" : JSON.writeValueAsString(Map.of("owner", owner));
            return parent.send("POST", "/api/v1/admin/orgs/" + enc(org) + "/keys", body, r -> {
                System.out.println(r.path("key").asText());
                System.err.printf("key %s for %s (owner %s): store it now, it is not shown again%n",
                        r.path("id").asText(), r.path("organisation").asText(), r.path("owner").asText());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an organisation's keys (ids, owners, dates; never secrets).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand KeysCommand parent;
        @Option(names = "--org", required = true, description = "Organisation id.") String org;

        @Override
        public Integer call() throws Exception {
            return parent.send("GET", "/api/v1/admin/orgs/" + enc(org) + "/keys", null, r -> {
                System.out.println("id\towner\tcreated\trevoked");
                for (JsonNode k : r) {
                    System.out.println(k.path("id").asText() + "\t" + k.path("owner").asText() + "\t" + k.path("created").asText()
                            + "\t" + k.path("revoked").asText("-"));
                }
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key at once.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand KeysCommand parent;
        @Option(names = "--org", required = true, description = "Organisation id.") String org;
        @Option(names = "--id", required = true, description = "Key id (from create or list).") String id;

        @Override
        public Integer call() throws Exception {
            return parent.send("DELETE", "/api/v1/admin/orgs/" + enc(org) + "/keys/" + enc(id), null,
                    r -> System.out.println("revoked " + id));
        }
    }

    private int send(String method, String path, String body, Handler ok) throws IOException, InterruptedException {
        String key;
        try {
            key = AdminKey.secret(adminKeyFile, System.getenv()).orElse(null);
        } catch (InvalidKeyException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return 2;
        }
        if (key == null) {
            System.err.println("crosswalk: no admin key: set " + AdminKey.ENV + " or pass --admin-key-file");
            return 2;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key).header("Accept", "application/json");
        if (body != null && !body.isEmpty()) b.header("Content-Type", "application/json");
        b.method(method, body == null || body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("crosswalk: cannot reach " + server + ": " + e.getMessage());
            return 1;
        }
        if (r.statusCode() / 100 != 2) {
            String detail = r.body();
            try {
                detail = JSON.readTree(r.body()).path("detail").asText(r.body());
            } catch (IOException ignored) {
                // not problem+json: print the body as it came
            }
            System.err.println("crosswalk: " + r.statusCode() + ": " + detail);
            return 1;
        }
        ok.accept(r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
        return 0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private interface Handler {
        void accept(JsonNode response) throws IOException;
    }
}
