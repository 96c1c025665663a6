package dev.crosswalk.server.store.tdb2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.ConcurrentUpdateException;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A change is computed (validated) outside the store's write transaction and written in a short
 * one: other writers are not held up by a slow validation, and a change computed from a profile
 * that was replaced meanwhile is computed again from the new one.
 */
class Tdb2OrganisationsTest {
    private static final Actor ACTOR = new Actor("test", "Store test");

    private static OrganisationRepository.Version version(String json) {
        return new OrganisationRepository.Version(json, GraphFactory.createDefaultGraph(), "update", json);
    }

    @Test
    void theChangeRunsOutsideAnyTransaction() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        OrganisationRepository store = Tdb2Store.of(dsg).organisations();
        List<Boolean> inTransaction = new ArrayList<>();
        store.update(OrganisationId.of("acme"), current -> {
            inTransaction.add(dsg.isInTransaction());
            return version("{\"v\":1}");
        }, ACTOR);
        assertThat(inTransaction).containsExactly(false);
        assertThat(store.get(OrganisationId.of("acme"))).contains("{\"v\":1}");
    }

    @Test
    void anotherWriterIsNotHeldUpWhileAChangeIsValidated() throws Exception {
        OrganisationRepository store = Tdb2Store.of(DatasetGraphFactory.createTxnMem()).organisations();
        CountDownLatch validating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> slow = CompletableFuture.supplyAsync(() -> store.update(OrganisationId.of("slow-org"), current -> {
            validating.countDown();
            await(release);
            return version("{\"slow\":true}");
        }, ACTOR));
        try {
            assertThat(validating.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> store.update(OrganisationId.of("other-org"), current -> version("{}"), ACTOR));
            assertThat(other.get(5, TimeUnit.SECONDS)).as("written while the slow change is still being validated").isFalse();
            assertThat(store.get(OrganisationId.of("other-org"))).contains("{}");
        } finally {
            release.countDown();
        }
        assertThat(slow.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(store.get(OrganisationId.of("slow-org"))).contains("{\"slow\":true}");
    }

    @Test
    void aChangeComputedFromAReplacedProfileIsComputedAgainFromTheNewOne() throws Exception {
        OrganisationRepository store = Tdb2Store.of(DatasetGraphFactory.createTxnMem()).organisations();
        store.update(OrganisationId.of("acme"), current -> version("[1]"), ACTOR);
        CountDownLatch validating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> inputs = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Boolean> appending = CompletableFuture.supplyAsync(() -> store.update(OrganisationId.of("acme"), current -> {
            inputs.add(current.orElseThrow());
            if (inputs.size() == 1) {
                validating.countDown();
                await(release);
            }
            String list = current.orElseThrow();
            return version(list.substring(0, list.length() - 1) + ",3]");
        }, ACTOR));
        try {
            assertThat(validating.await(10, TimeUnit.SECONDS)).isTrue();
            store.update(OrganisationId.of("acme"), current -> version("[1,2]"), ACTOR);
        } finally {
            release.countDown();
        }
        assertThat(appending.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inputs).containsExactly("[1]", "[1,2]");
        assertThat(store.get(OrganisationId.of("acme"))).as("neither change lost").contains("[1,2,3]");
        assertThat(store.history(OrganisationId.of("acme"))).hasSize(3);
    }

    @Test
    void aProfileThatKeepsChangingEndsInAConflictAndStoresNothing() {
        OrganisationRepository store = Tdb2Store.of(DatasetGraphFactory.createTxnMem()).organisations();
        store.update(OrganisationId.of("acme"), current -> version("0"), ACTOR);
        AtomicInteger n = new AtomicInteger();
        assertThatThrownBy(() -> store.update(OrganisationId.of("acme"), current -> {
            // every computation is overtaken by another writer
            store.update(OrganisationId.of("acme"), c -> version(String.valueOf(n.incrementAndGet())), ACTOR);
            return version("never");
        }, ACTOR)).isInstanceOf(ConcurrentUpdateException.class).hasMessageContaining("'acme'").hasMessageContaining("try again");
        assertThat(n.get()).isEqualTo(5);
        assertThat(store.get(OrganisationId.of("acme"))).contains("5");
        assertThat(store.history(OrganisationId.of("acme"))).extracting(OrganisationRepository.HistoryEntry::detail).doesNotContain("never");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
