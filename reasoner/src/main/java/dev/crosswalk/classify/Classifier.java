package dev.crosswalk.classify;

import static dev.crosswalk.classify.AiSystem.on;

import dev.crosswalk.catalog.AmendingAct;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * AI Act applicability, article by article: Art. 5 prohibitions, Art. 6(1)/(2) high-risk, the
 * Art. 6(3) derogation and its profiling override, role duties (Art. 16–27, 49, 72, 73, 86),
 * Art. 4 literacy, Art. 50 transparency and GPAI duties (Art. 52–55), and who is the provider along the value
 * chain (Art. 25, {@link ValueChain}). Dates come from the catalog.
 */
public final class Classifier {
    private final Catalog catalog;
    private final ApplicationDates dates;
    private final Clock clock;
    private final InputResolver inputs;

    public Classifier(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.dates = new ApplicationDates(catalog);
        this.clock = clock;
        this.inputs = new InputResolver(catalog);
    }

    public Classification classify(AiSystem s) {
        String role = s.requireRole();
        String timeline = s.timelineOrDefault();
        LocalDate asOf = s.date(LocalDate.now(clock));
        Provision annexPoint = inputs.annexIII(s.annexIII());
        Provision practice = inputs.practice(s.prohibitedPractice());
        List<String> conditions = inputs.derogationConditions(s.art6_3Conditions(), annexPoint);
        ValueChain vc = new ValueChain(s, role);

        ObligationList out = new ObligationList(catalog, dates, timeline, asOf);
        List<String> steps = new ArrayList<>();
        List<String> basis = new ArrayList<>();

        boolean prohibited = practice != null && out.exists(practice);
        if (practice != null && !prohibited) {
            steps.add(practice.ref() + " exists only in the amended text ("
                    + catalog.amendingAct(practice.introducedBy()).map(AmendingAct::identifier).orElse("the amending act")
                    + "); on the original timeline it prohibits nothing.");
        }
        if (prohibited) {
            basis.add(practice.ref());
            steps.add("Art. 5: " + practice.ref() + " (" + practice.title() + ") is a prohibited practice"
                    + practice.notes().stream().filter(n -> n.toLowerCase().contains("except")).findFirst().map(n -> "; " + n).orElse("") + ".");
            out.add(practice, "Art. 5: the practice must not be placed on the market, put into service or used.", null, null);
            return result(s, role, role, "prohibited", List.of(), basis, out, null, List.of(), steps, asOf, timeline);
        }

        boolean annexI = on(s.annexISafetyComponent());
        boolean sectionB = s.annexISectionOrDefault().equals("B") && annexI;
        boolean annexIIIHigh = false;
        boolean derogation = false;
        if (annexI) {
            basis.add(ref("Art. 6(1)"));
            steps.add("Art. 6(1): a safety component of, or itself, an Annex I product needing third-party conformity assessment is high-risk.");
        }
        if (annexPoint != null) {
            basis.add(annexPoint.ref());
            if (conditions.isEmpty()) {
                annexIIIHigh = true;
                basis.add(ref("Art. 6(2)"));
                steps.add("Art. 6(2): " + annexPoint.ref() + " (" + annexPoint.title() + ") is listed in Annex III, so the system is high-risk.");
            } else if (on(s.profiling())) {
                annexIIIHigh = true;
                basis.add(ref("Art. 6(3)"));
                steps.add("Art. 6(3), last subparagraph: the system profiles natural persons, so it is always high-risk; the claimed conditions "
                        + conditions + " do not apply.");
            } else {
                derogation = true;
                basis.add(ref("Art. 6(3)"));
                conditions.forEach(c -> basis.add(ref("Art. 6(3)(" + c + ")")));
                steps.add("Art. 6(3): the provider claims condition(s) " + conditions + " and the system does not profile, so the Annex III "
                        + "system is not considered high-risk, provided it poses no significant risk of harm to health, safety or fundamental rights.");
            }
        }
        boolean highRisk = annexI || annexIIIHigh;
        if (sectionB && !annexIIIHigh) {
            basis.add(catalog.require("eu-ai-act:Art. 2").ref());
            steps.add(timeline.equals(Timelines.AMENDED)
                    ? "Art. 2(2) as amended by Regulation (EU) 2026/1744: for a product under Annex I Section B legislation only Art. 6(1), "
                    + "Art. 60a and Art. 102–112 apply, and Art. 57–59 only as far as that legislation has integrated the high-risk "
                    + "requirements; the requirements reach the product through the sectoral legislation, so no AI Act operator duty "
                    + "applies directly. (On this timeline machinery is in Section B: Annex I point 21, Regulation (EU) 2023/1230.)"
                    : "Art. 2(2): for a product under Annex I Section B legislation only Art. 6(1), Art. 102–109 and Art. 112 apply; "
                    + "the high-risk requirements reach the product through that sectoral legislation as amended by Art. 102–109, "
                    + "so no AI Act operator duty applies directly.");
            return result(s, role, role, "high-risk", List.of(), basis, out, null, List.of(), steps, asOf, timeline);
        }
        String route = annexIIIHigh ? "AnnexIIIRoute" : annexI ? "AnnexIRoute" : null;

        RoleDuties duties = new RoleDuties(catalog, out, steps);
        ObligationList owed = new ObligationList(catalog, dates, timeline, asOf);
        String effectiveRole = role;
        List<String> moving = vc.movingPoints(highRisk);
        if (vc.claimed() && moving.isEmpty()) steps.add(vc.noMove());
        if (!moving.isEmpty() && role.equals("provider")) {
            effectiveRole = ValueChain.INITIAL_PROVIDER;
            moving.forEach(m -> basis.add(ref(m)));
            basis.add(ref("Art. 25(2)"));
            steps.add(ValueChain.moved("third party", moving) + " Answered for the initial provider: the provider duties of this system "
                    + "are the new provider's, and Art. 4 and Art. 50 bind that provider too.");
            vc.initialProviderOwes(out, steps, timeline, "", route);
        } else if (!moving.isEmpty()) {
            effectiveRole = "provider";
            moving.forEach(m -> basis.add(ref(m)));
            steps.add(ValueChain.moved(role, moving));
            duties.provider(route, annexPoint, String.join(", ", moving) + " makes the " + role + " the provider; ");
            vc.initialProviderOwes(owed, steps, timeline, "Owed to the new provider: ", route);
        } else if (role.equals("supplier")) {
            vc.supplier(highRisk, route, out, steps);
        } else if (highRisk) {
            duties.highRisk(role, route, annexI, annexPoint, s);
            if (role.equals("product-manufacturer") && annexI) {
                effectiveRole = "provider";
                basis.add(ref("Art. 25(3)"));
            }
        } else if (derogation) {
            duties.derogation(role);
        }
        // a product manufacturer keeps its own Art. 4/50 reading (Art. 25(3) moves only the Art. 16 duties)
        String dutyRole = role.equals("product-manufacturer") && moving.isEmpty() ? role : effectiveRole;
        List<String> transparency = effectiveRole.equals(ValueChain.INITIAL_PROVIDER) ? List.of() : duties.transparency(dutyRole, s);
        if (!effectiveRole.equals(ValueChain.INITIAL_PROVIDER)) duties.literacy(dutyRole, annexI);
        // the model's duties follow whoever provides the model, whatever happened to the system built on it
        duties.generalPurpose(role.equals("supplier") ? "provider" : role, s);
        List<String> information = vc.downstream(effectiveRole, route, out, steps, basis, catalog);

        String category = highRisk ? "high-risk" : derogation ? "not-high-risk-by-derogation"
                : !transparency.isEmpty() ? "limited-risk" : "minimal-risk";
        if (!highRisk && !derogation) {
            steps.add("Not high-risk: no Annex I safety component and no Annex III use case"
                    + (transparency.isEmpty() ? "; no Art. 50 transparency duty applies." : "; Art. 50 transparency duties apply."));
        }
        return result(s, role, effectiveRole, category, transparency, basis, out, owed, information, steps, asOf, timeline);
    }

    private Classification result(AiSystem s, String role, String effectiveRole, String category, List<String> transparency,
                                  List<String> basis, ObligationList out, ObligationList owed, List<String> information,
                                  List<String> steps, LocalDate asOf, String timeline) {
        String note = catalog.amendingActOn(timeline)
                .map(a -> "Dates and wordings follow Regulation (EU) 2024/1689 as amended by " + a.summary()
                        + "; ask timeline=original for the 2024 text.")
                .orElse("Dates follow Art. 113 of Regulation (EU) 2024/1689 as published in 2024.");
        return new Classification(s.id(), role, effectiveRole, category, transparency, basis, out.list(),
                owed == null ? List.of() : owed.list(), information, steps, asOf, timeline, note);
    }

    private String ref(String notation) {
        return catalog.require("eu-ai-act:" + notation).ref();
    }
}
