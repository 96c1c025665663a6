package dev.crosswalk.classify;

import dev.crosswalk.catalog.Application;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The obligations collected for one classification, each dated from the catalog once. */
final class ObligationList {
    private final Catalog catalog;
    private final ApplicationDates dates;
    private final String timeline;
    private final LocalDate asOf;
    private final Map<String, Obligation> byRef = new LinkedHashMap<>();

    ObligationList(Catalog catalog, ApplicationDates dates, String timeline, LocalDate asOf) {
        this.catalog = catalog;
        this.dates = dates;
        this.timeline = timeline;
        this.asOf = asOf;
    }

    /** False for a provision the amending act added (original timeline) or deleted (amended timeline). */
    boolean exists(Provision p) {
        return p.existsOn(timeline);
    }

    void add(String notation, String because, String route, String condition) {
        add(catalog.require("eu-ai-act:" + notation), because, route, condition);
    }

    /**
     * Adds an obligation dated from the catalog. A duty that exists because of a high-risk route
     * never applies before that route's classification rule does (Art. 113(c): "Article 6(1) and
     * the corresponding obligations"), so the route's Art. 6 date is a floor.
     */
    void add(Provision p, String because, String route, String condition) {
        if (byRef.containsKey(p.ref())) return;
        LocalDate from = dates.date(p, timeline, route);
        String note = dates.of(p, timeline, route).map(Application::note).orElse(null);
        if (route != null) {
            LocalDate floor = dates.date(catalog.require("eu-ai-act:Art. 6"), timeline, route);
            if (floor != null && (from == null || floor.isAfter(from))) from = floor;
        }
        // the amended timeline dates a grace period for Art. 50(2) in the application note: surface it
        String when = p.notation().equals("Art. 50(2)") && note != null && note.contains("111(4)") ? note : condition;
        byRef.put(p.ref(), new Obligation(p.ref(), p.title(), from, from != null && !asOf.isBefore(from),
                because + wordingInForce(p), when));
    }

    /**
     * For a provision whose text an amending act replaced, the wording that is the text on {@code asOf}
     * on this timeline, so the duty is never described in words that no longer (or not yet) hold.
     */
    private String wordingInForce(Provision p) {
        return p.wordingOn(timeline, asOf).map(w -> " Text in force on " + asOf + " (" + timeline + " timeline, wording valid from "
                + w.validFrom() + catalog.amendingAct(w.amendingAct()).map(a -> ", " + a.identifier()).orElse("")
                + "): " + w.paraphrase()).orElse("");
    }

    List<Obligation> list() {
        return new ArrayList<>(byRef.values());
    }
}
