package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.store.StorePublication.State;
import dev.crosswalk.store.StorePublication.Status;
import org.junit.jupiter.api.Test;

/** The health status a monitor reads: degraded only when the store did not get the reference data. */
class HealthStatusTest {
    @Test
    void aFailedPublicationDegradesTheStatusPublishingAndDoneDoNot() {
        assertThat(HealthRoutes.status(new Status(State.PUBLISHING, false, 0, null))).isEqualTo("ok");
        assertThat(HealthRoutes.status(new Status(State.DONE, true, 1200, null))).isEqualTo("ok");
        assertThat(HealthRoutes.status(new Status(State.DONE, false, 3, null))).isEqualTo("ok");
        assertThat(HealthRoutes.status(new Status(State.FAILED, false, 0, "disk full"))).isEqualTo("degraded");
    }
}
