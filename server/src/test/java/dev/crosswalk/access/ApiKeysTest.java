package dev.crosswalk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.server.store.tdb2.Tdb2Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    private static final String ADMIN = "an-admin-key-long-enough-1234";
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private final ApiKeys keys = new ApiKeys(Tdb2Store.of(dsg).keys(), AdminKey.of(ADMIN), Clock.systemUTC());

    @Test
    void anIssuedKeyAuthenticatesAsItsOrganisationAndOnlyItsHashIsStored() {
        IssuedKey k = keys.issue("acme-bank", "Jane Doe", "admin");
        assertThat(k.token()).matches("cwk_[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}");
        Caller c = keys.authenticate("Bearer " + k.token());
        assertThat(c).isInstanceOfSatisfying(Caller.Organisation.class, o -> {
            assertThat(o.key().organisation()).isEqualTo("acme-bank");
            assertThat(o.key().owner()).isEqualTo("Jane Doe");
        });
        String stored = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.toList(dsg.find()).toString());
        assertThat(stored).doesNotContain(k.token().substring(k.token().indexOf('.') + 1)).contains(ApiKeys.sha256(k.token()));
        assertThat(keys.list("acme-bank")).singleElement().satisfies(a -> assertThat(a.hash()).isNull());
    }

    @Test
    void tokensThatAreMissingMalformedForgedOrRevokedAreNotAccepted() {
        IssuedKey k = keys.issue("acme-bank", null, "admin");
        assertThat(keys.authenticate(null)).isInstanceOf(Caller.Anonymous.class);
        assertThat(keys.authenticate("Basic dXNlcjpwYXNz")).isInstanceOf(Caller.Rejected.class);
        assertThat(keys.authenticate("Bearer not-a-key")).isInstanceOf(Caller.Rejected.class);
        String forged = k.token().substring(0, k.token().length() - 2) + (k.token().endsWith("AA") ? "BB" : "AA");
        assertThat(keys.authenticate("Bearer " + forged)).isInstanceOfSatisfying(Caller.Rejected.class,
                r -> assertThat(r.reason()).contains("not known"));
        assertThat(keys.revoke("other-org", k.key().id(), "admin")).as("only its own organisation's key").isFalse();
        assertThat(keys.revoke("acme-bank", k.key().id(), "admin")).isTrue();
        assertThat(keys.revoke("acme-bank", k.key().id(), "admin")).as("already revoked").isFalse();
        assertThat(keys.authenticate("Bearer " + k.token())).isInstanceOfSatisfying(Caller.Rejected.class,
                r -> assertThat(r.reason()).contains("revoked"));
        assertThat(keys.list("acme-bank")).singleElement().satisfies(a -> assertThat(a.revokedBy()).isEqualTo("admin"));
        assertThat(keys.authenticate("bearer " + ADMIN)).isInstanceOf(Caller.Admin.class);
    }

    @Test
    void badRequestsForKeysAreRefusedWithAReason() {
        assertThatThrownBy(() -> keys.issue("Not Valid", null, "admin")).isInstanceOf(InvalidKeyException.class).hasMessageContaining("invalid");
        assertThatThrownBy(() -> keys.issue("acme", "<script>", "admin")).isInstanceOf(InvalidKeyException.class).hasMessageContaining("owner");
        assertThat(keys.revoke("acme", "../../etc", "admin")).isFalse();
    }

    @Test
    void theAdminKeyHasNoDefaultAndMustBeStrong(@TempDir Path dir) throws Exception {
        assertThat(AdminKey.resolve(null, Map.of()).enabled()).isFalse();
        assertThat(AdminKey.resolve(null, Map.of(AdminKey.ENV, ADMIN)).enabled()).isTrue();
        assertThatThrownBy(() -> AdminKey.resolve(null, Map.of(AdminKey.ENV, "short"))).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("at least 24");
        Path file = Files.writeString(dir.resolve("admin.key"), ADMIN + "\n");
        AdminKey fromFile = AdminKey.resolve(null, Map.of(AdminKey.ENV_FILE, file.toString()));
        assertThat(new ApiKeys(Tdb2Store.of(dsg).keys(), fromFile, Clock.systemUTC()).authenticate("Bearer " + ADMIN))
                .isInstanceOf(Caller.Admin.class);
        assertThatThrownBy(() -> AdminKey.resolve(dir.resolve("missing"), Map.of())).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("Cannot read");
    }
}
