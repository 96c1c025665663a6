package dev.crosswalk.classify;

import dev.crosswalk.catalog.Application;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Application dates from the catalog (Art. 113 and the amending act), never from code: the
 * provision's own date on the timeline, else its nearest ancestor's; a route-specific date wins.
 */
final class ApplicationDates {
    private final Catalog catalog;

    ApplicationDates(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The application {@code p} has on {@code timeline} for {@code route} (AnnexIRoute, AnnexIIIRoute or null). */
    Optional<Application> of(Provision p, String timeline, String route) {
        Comparator<Application> earliest = Comparator.comparing(Application::appliesFrom);
        for (Provision at = p; at != null; at = parent(at)) {
            List<Application> onTimeline = at.applications().stream().filter(a -> a.timeline().equals(timeline)).toList();
            if (onTimeline.isEmpty()) continue;
            Optional<Application> routed = onTimeline.stream().filter(a -> route != null && route.equals(a.route())).min(earliest);
            if (routed.isPresent()) return routed;
            Optional<Application> plain = onTimeline.stream().filter(a -> a.route() == null).min(earliest);
            if (plain.isPresent()) return plain;
        }
        return Optional.empty();
    }

    /** The date, or null when the catalog has none on this timeline. */
    LocalDate date(Provision p, String timeline, String route) {
        return of(p, timeline, route).map(Application::appliesFrom).orElse(null);
    }

    private Provision parent(Provision p) {
        return p.parentIri() == null ? null : catalog.provisionByIri(p.parentIri()).orElse(null);
    }
}
