package dev.crosswalk.server.report;

import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import dev.crosswalk.query.QueryResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Text renderings of the analyses (CSV, Markdown, HTML) and of named-query rows (CSV), shared by the
 * REST API and the CLI. Every user-supplied or catalog string is escaped for its format.
 */
public final class Reports {
    public static final Renderings<GapReport> GAPS = new Renderings<>(Reports::gapsCsv, Reports::gapsMarkdown, Reports::gapsHtml, Workbooks::gaps);
    public static final Renderings<StatementOfApplicability.Soa> SOA =
            new Renderings<>(Reports::soaCsv, Reports::soaMarkdown, Reports::soaHtml, Workbooks::soa);
    public static final Renderings<ImsPlanner.Plan> IMS_PLAN = new Renderings<>(Reports::imsCsv, Reports::imsMarkdown, Reports::imsHtml, Workbooks::imsPlan);

    private Reports() {}

    public static String gapsCsv(GapReport r) {
        // the framework's note on every row of it: a filtered or sorted spreadsheet must not lose "superseded"
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList("framework", "provision", "title", "status", "coveredBy", "aiSystems",
                "frameworkNote")));
        for (GapReport.FrameworkResult f : r.frameworks()) {
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append(Csv.row(Arrays.asList(f.framework(), q.provision(), q.title(), q.status().label(), coverage(q.coveredBy()),
                        String.join(" ", q.aiSystems()), f.note() == null ? "" : f.note())));
            }
        }
        return sb.toString();
    }

    public static String gapsMarkdown(GapReport r) {
        StringBuilder sb = new StringBuilder("# Gap analysis: ").append(Markdown.text(r.name() == null ? r.organisation() : r.name())).append("\n\n");
        sb.append(Markdown.header("framework", "score", "covered", "partial", "gap", "not applicable"));
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append(Markdown.row(Arrays.asList(f.framework(), Math.round(f.score() * 100) + "%", f.counts().get("covered"),
                    f.counts().get("partial"), f.counts().get("gap"), f.counts().get("not-applicable"))));
        }
        for (GapReport.SystemResult s : r.aiSystems()) {
            sb.append("\n## AI system ").append(Markdown.text(s.id())).append(": ").append(Markdown.text(s.riskCategory()))
                    .append(" (").append(Markdown.text(s.role())).append(")\n\n");
            for (GapReport.ObligationResult o : s.obligations()) {
                sb.append("- ").append(Markdown.text(o.provision())).append(" ").append(Markdown.text(o.title())).append(": **")
                        .append(Markdown.text(o.status().label())).append("**, applies from ").append(o.appliesFrom())
                        .append(o.inForce() ? " (in force)" : "").append('\n');
            }
        }
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("\n## ").append(Markdown.text(f.framework())).append("\n\n");
            if (f.note() != null) sb.append("> ").append(Markdown.text(f.note())).append("\n\n");
            sb.append(Markdown.header("provision", "title", "status", "covered by"));
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append(Markdown.row(Arrays.asList(q.provision(), q.title(), q.status().label(), coverage(q.coveredBy()))));
            }
        }
        sb.append("\nEvaluated with the SHACL shapes ").append(Markdown.text(r.shapes())).append(" (").append(r.validationResults()).append(" results).\n");
        return sb.toString();
    }

    /** A self-contained HTML page: summary table, then every requirement with its evidence (all text escaped). */
    public static String gapsHtml(GapReport r) {
        StringBuilder sb = Html.start("Gap analysis: " + r.organisation(), "Gap analysis: " + (r.name() == null ? r.organisation() : r.name()))
                .append("<table>").append(Html.headerRow("framework", "score", "covered", "partial", "gap", "not applicable"));
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append(Html.row(null, Arrays.asList(f.framework(), Math.round(f.score() * 100) + "%", f.counts().get("covered"),
                    f.counts().get("partial"), f.counts().get("gap"), f.counts().get("not-applicable"))));
        }
        sb.append("</table>");
        for (GapReport.SystemResult s : r.aiSystems()) {
            sb.append("<h2>AI system ").append(Html.esc(s.id())).append(": ").append(Html.esc(s.riskCategory())).append("</h2><ul>");
            s.obligations().forEach(o -> sb.append("<li class=\"").append(Html.esc(o.status().label())).append("\">").append(Html.esc(o.provision()))
                    .append(" ").append(Html.esc(o.title())).append(": ").append(Html.esc(o.status().label())).append(", applies from ")
                    .append(Html.esc(o.appliesFrom())).append("</li>"));
            sb.append("</ul>");
        }
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("<h2>").append(Html.esc(f.framework())).append("</h2>");
            if (f.note() != null) sb.append("<p class=\"note\">").append(Html.esc(f.note())).append("</p>");
            sb.append("<table>").append(Html.headerRow("provision", "title", "status", "covered by"));
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append(Html.row(q.status().label(), Arrays.asList(q.provision(), q.title(), q.status().label(), coverage(q.coveredBy()))));
            }
            sb.append("</table>");
        }
        return sb.append("<p>Evaluated with the SHACL shapes ").append(Html.esc(r.shapes())).append(".</p>").append(Html.end()).toString();
    }

    private static final String[] SOA_COLUMNS = {"provision", "title", "applicable", "justification", "status", "evidence", "related"};

    public static String soaCsv(StatementOfApplicability.Soa soa) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList(SOA_COLUMNS)));
        soa.controls().forEach(e -> sb.append(Csv.row(soaCells(e))));
        return sb.toString();
    }

    public static String soaMarkdown(StatementOfApplicability.Soa soa) {
        StringBuilder sb = new StringBuilder("# Statement of Applicability: ").append(Markdown.text(soa.organisation())).append("\n\n")
                .append(Markdown.header(SOA_COLUMNS));
        soa.controls().forEach(e -> sb.append(Markdown.row(soaCells(e))));
        return sb.toString();
    }

    /** The Statement of Applicability as one HTML table (all text escaped). */
    public static String soaHtml(StatementOfApplicability.Soa soa) {
        StringBuilder sb = Html.start("Statement of Applicability: " + soa.organisation(), "Statement of Applicability: " + soa.organisation())
                .append("<table>").append(Html.headerRow(SOA_COLUMNS));
        soa.controls().forEach(e -> sb.append(Html.row(e.status().label(), soaCells(e))));
        return sb.append("</table>").append(Html.end()).toString();
    }

    private static List<Object> soaCells(StatementOfApplicability.Entry e) {
        return Arrays.asList(e.provision(), e.title(), e.applicable(), e.justification(), e.status().label(),
                String.join("; ", e.evidence()), String.join("; ", e.related()));
    }

    private static final String[] IMS_COLUMNS = {"phase", "order", "provision", "title", "action", "from", "documents", "sharedProcess", "extension"};

    public static String imsCsv(ImsPlanner.Plan plan) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList(IMS_COLUMNS)));
        plan.items().forEach(i -> sb.append(Csv.row(imsCells(i))));
        return sb.toString();
    }

    public static String imsMarkdown(ImsPlanner.Plan plan) {
        StringBuilder sb = new StringBuilder("# IMS plan for ").append(Markdown.text(plan.target())).append(": ")
                .append(Markdown.text(plan.organisation())).append("\n\n").append(Markdown.header("reuse", "extend", "new"))
                .append(Markdown.row(counts(plan))).append('\n').append(Markdown.header(IMS_COLUMNS));
        plan.items().forEach(i -> sb.append(Markdown.row(imsCells(i))));
        if (!plan.sharedProcesses().isEmpty()) {
            sb.append("\n## Shared processes\n\n");
            plan.sharedProcesses().forEach(s -> sb.append("- **").append(Markdown.text(s.process())).append("**: ")
                    .append(Markdown.text(s.description())).append(" (").append(Markdown.text(String.join(", ", s.provisions()))).append(")\n"));
        }
        return sb.toString();
    }

    /** The IMS plan as HTML: counts, the items in phase order, the shared processes (all text escaped). */
    public static String imsHtml(ImsPlanner.Plan plan) {
        String heading = "IMS plan for " + plan.target() + ": " + plan.organisation();
        StringBuilder sb = Html.start(heading, heading).append("<table>").append(Html.headerRow("reuse", "extend", "new"))
                .append(Html.row(null, counts(plan))).append("</table><table>").append(Html.headerRow(IMS_COLUMNS));
        plan.items().forEach(i -> sb.append(Html.row(i.action(), imsCells(i))));
        sb.append("</table>");
        if (!plan.sharedProcesses().isEmpty()) {
            sb.append("<h2>Shared processes</h2><ul>");
            plan.sharedProcesses().forEach(s -> sb.append("<li><strong>").append(Html.esc(s.process())).append("</strong>: ")
                    .append(Html.esc(s.description())).append(" (").append(Html.esc(String.join(", ", s.provisions()))).append(")</li>"));
            sb.append("</ul>");
        }
        return sb.append(Html.end()).toString();
    }

    private static List<Object> imsCells(ImsPlanner.Item i) {
        return Arrays.asList(i.phase(), i.order(), i.provision(), i.title(), i.action(), String.join("; ", i.from()),
                String.join("; ", i.documents()), i.sharedProcess(), i.extension());
    }

    private static List<Object> counts(ImsPlanner.Plan plan) {
        return Arrays.asList(plan.counts().get("reuse"), plan.counts().get("extend"), plan.counts().get("new"));
    }

    /** Named-query rows as CSV: one column per result variable, unbound values empty. */
    public static String queryCsv(QueryResult r) {
        StringBuilder sb = new StringBuilder(Csv.row(r.columns()));
        for (var row : r.rows()) {
            List<String> cells = new ArrayList<>();
            r.columns().forEach(c -> cells.add(row.getOrDefault(c, "")));
            sb.append(Csv.row(cells));
        }
        return sb.toString();
    }

    /** e.g. {@code iso27001:7.5.3 (covers, equal, certified iso27001); iso42001:A.8.5 (related, intersects-with)}. */
    private static String coverage(List<GapReport.Coverage> cs) {
        return cs.stream().map(c -> c.control() + " (" + c.effect().label() + ", " + (c.relation() == null ? null : c.relation().label())
                + (c.certifiedBy() == null ? "" : ", certified " + c.certifiedBy()) + ")").collect(Collectors.joining("; "));
    }
}
