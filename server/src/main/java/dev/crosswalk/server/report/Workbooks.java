package dev.crosswalk.server.report;

import dev.crosswalk.gap.GapStatus;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import dev.crosswalk.server.report.Workbook.Percent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The analyses as XLSX workbooks: a summary sheet with the scores first, then one row per requirement or control. */
public final class Workbooks {
    private Workbooks() {}

    /** Gap analysis: Summary (score per framework), Requirements, and AI system obligations when there are systems. */
    public static byte[] gaps(GapReport r) {
        Workbook wb = new Workbook();
        List<List<?>> summary = new ArrayList<>();
        for (GapReport.FrameworkResult f : r.frameworks()) {
            summary.add(Arrays.asList(f.framework(), new Percent(f.score()), f.counts().get("covered"), f.counts().get("partial"),
                    f.counts().get("gap"), f.counts().get("not-applicable"), f.counts().get("applicable"), f.note() == null ? "" : f.note()));
        }
        XSSFSheet s = wb.table("Summary", List.of("Framework", "Score", "Covered", "Partial", "Gap", "Not applicable", "Applicable", "Note"),
                summary, List.of(), 22, 10, 10, 10, 10, 15, 12, 60);
        wb.notes(s, 1, List.of(List.of("Organisation", r.name() == null ? r.organisation() : r.name()),
                List.of("Score", "covered counts 1, partial 0.5, over the applicable requirements (docs/coverage-rule.md)"),
                List.of("Evaluated with", r.shapes() + " (" + r.validationResults() + " results)")));
        List<List<?>> rows = new ArrayList<>();
        for (GapReport.FrameworkResult f : r.frameworks()) {
            for (GapReport.RequirementResult q : f.requirements()) rows.add(requirement(f.framework(), q));
        }
        wb.table("Requirements", List.of("Framework", "Provision", "Title", "Status", "Covered by", "Evidence", "Related provisions",
                "Notes", "AI systems"), rows, List.of(3), 14, 20, 40, 14, 40, 36, 36, 48, 18);
        List<List<?>> obligations = new ArrayList<>();
        for (GapReport.SystemResult sys : r.aiSystems()) {
            for (GapReport.ObligationResult o : sys.obligations()) {
                obligations.add(Arrays.asList(sys.id(), sys.role(), sys.riskCategory(), o.provision(), o.title(), o.status().label(),
                        o.appliesFrom() == null ? null : o.appliesFrom().toString(), o.inForce(), counting(o.coveredBy()),
                        evidence(o.coveredBy())));
            }
        }
        if (!obligations.isEmpty()) {
            wb.table("AI system obligations", List.of("AI system", "Role", "Risk category", "Provision", "Title", "Status",
                    "Applies from", "In force", "Covered by", "Evidence"), obligations, List.of(5), 18, 14, 16, 20, 40, 14, 13, 10, 40, 36);
        }
        return wb.bytes();
    }

    private static List<?> requirement(String framework, GapReport.RequirementResult q) {
        String related = q.coveredBy().stream().filter(c -> !counts(c)).map(c -> c.control() + " (" + c.effect().label() + ")")
                .collect(Collectors.joining("; "));
        String notes = q.coveredBy().stream().filter(c -> c.note() != null).map(c -> c.control() + ": " + c.note())
                .collect(Collectors.joining("; "));
        return Arrays.asList(framework, q.provision(), q.title(), q.status().label(), counting(q.coveredBy()), evidence(q.coveredBy()), related,
                notes, String.join(", ", q.aiSystems()));
    }

    private static boolean counts(GapReport.Coverage c) {
        return c.effect() == Effect.COVERS || c.effect() == Effect.PARTIAL;
    }

    /** e.g. {@code iso27001:7.5.3 (covers, equal, certified iso27001)} for the controls whose evidence counts. */
    private static String counting(List<GapReport.Coverage> cs) {
        return cs.stream().filter(Workbooks::counts).map(c -> c.control() + " (" + c.effect().label() + (c.relation() == null ? "" : ", " + c.relation().label())
                + (c.certifiedBy() == null ? "" : ", certified " + c.certifiedBy()) + ")").collect(Collectors.joining("; "));
    }

    private static String evidence(List<GapReport.Coverage> cs) {
        Set<String> out = new LinkedHashSet<>();
        cs.stream().filter(Workbooks::counts).forEach(c -> c.evidence().forEach(out::add));
        return String.join("; ", out);
    }

    /** Statement of Applicability: Summary (counts and the Annex A score) and one row per Annex A control. */
    public static byte[] soa(StatementOfApplicability.Soa soa) {
        Workbook wb = new Workbook();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int applicable = 0;
        double score = 0;
        for (StatementOfApplicability.Entry e : soa.controls()) {
            byStatus.merge(e.status().label(), 1, Integer::sum);
            if (!e.applicable()) continue;
            applicable++;
            if (e.coverage() == GapStatus.COVERED) score += 1;
            else if (e.coverage() == GapStatus.PARTIAL) score += 0.5;
        }
        List<List<?>> summary = new ArrayList<>();
        summary.add(Arrays.asList("iso42001 Annex A", new Percent(applicable == 0 ? 0 : score / applicable), soa.controls().size(),
                applicable, soa.controls().size() - applicable));
        XSSFSheet s = wb.table("Summary", List.of("Framework", "Score", "Controls", "Applicable", "Excluded"), summary, List.of(),
                22, 10, 10, 12, 10);
        List<List<String>> notes = new ArrayList<>();
        notes.add(List.of("Organisation", soa.organisation()));
        notes.add(List.of("Score", "covered counts 1, partial 0.5, over the applicable controls (the gap analysis of Annex A)"));
        byStatus.forEach((status, n) -> notes.add(List.of("Status " + status, Integer.toString(n))));
        wb.notes(s, 1, notes);
        List<List<?>> rows = new ArrayList<>();
        soa.controls().forEach(e -> rows.add(Arrays.asList(e.provision(), e.title(), e.applicable(), e.justification(), e.status(),
                e.coverage(), String.join("; ", e.evidence()), String.join("; ", e.related()))));
        wb.table("Statement of Applicability", List.of("Control", "Title", "Applicable", "Justification", "Status", "Coverage",
                "Evidence", "Related provisions"), rows, List.of(4, 5), 18, 40, 11, 40, 22, 12, 40, 40);
        return wb.bytes();
    }

    /** IMS plan: Summary (reuse, extend, new), the plan in phase order, and the shared processes. */
    public static byte[] imsPlan(ImsPlanner.Plan plan) {
        Workbook wb = new Workbook();
        XSSFSheet s = wb.table("Summary", List.of("Target", "Reuse", "Extend", "New"), List.of(Arrays.asList(plan.target(),
                plan.counts().get("reuse"), plan.counts().get("extend"), plan.counts().get("new"))), List.of(), 14, 10, 10, 10);
        wb.notes(s, 1, List.of(List.of("Organisation", plan.organisation())));
        List<List<?>> rows = new ArrayList<>();
        plan.items().forEach(i -> rows.add(Arrays.asList(i.phase(), i.order(), i.provision(), i.title(), i.action(),
                String.join("; ", i.from()), String.join("; ", i.documents()), i.sharedProcess(), i.extension())));
        wb.table("Plan", List.of("Phase", "Order", "Provision", "Title", "Action", "From", "Documents", "Shared process", "Extension"),
                rows, List.of(4), 18, 7, 18, 40, 10, 30, 36, 20, 48);
        List<List<?>> shared = new ArrayList<>();
        plan.sharedProcesses().forEach(p -> shared.add(Arrays.asList(p.process(), p.description(), String.join("; ", p.provisions()),
                String.join("; ", p.servesAlso()))));
        wb.table("Shared processes", List.of("Process", "Description", "Provisions", "Serves also"), shared, List.of(), 24, 60, 40, 30);
        return wb.bytes();
    }
}
