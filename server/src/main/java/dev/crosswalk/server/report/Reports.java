package dev.crosswalk.server.report;

import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Text renderings of the analyses (CSV, Markdown) shared by the REST API and the CLI. */
public final class Reports {
    private Reports() {}

    public static String gapsCsv(GapReport r) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList("framework", "provision", "title", "status", "coveredBy", "aiSystems")));
        for (GapReport.FrameworkResult f : r.frameworks()) {
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append(Csv.row(Arrays.asList(f.framework(), q.provision(), q.title(), q.status(), coverage(q.coveredBy()),
                        String.join(" ", q.aiSystems()))));
            }
        }
        return sb.toString();
    }

    public static String gapsMarkdown(GapReport r) {
        StringBuilder sb = new StringBuilder("# Gap analysis: ").append(r.name() == null ? r.organisation() : r.name()).append("\n\n");
        sb.append("| framework | score | covered | partial | gap | not applicable |\n|---|---|---|---|---|---|\n");
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("| ").append(f.framework()).append(" | ").append(Math.round(f.score() * 100)).append("% | ")
                    .append(f.counts().get("covered")).append(" | ").append(f.counts().get("partial")).append(" | ")
                    .append(f.counts().get("gap")).append(" | ").append(f.counts().get("not-applicable")).append(" |\n");
        }
        for (GapReport.SystemResult s : r.aiSystems()) {
            sb.append("\n## AI system ").append(s.id()).append(": ").append(s.riskCategory()).append(" (").append(s.role()).append(")\n\n");
            for (GapReport.ObligationResult o : s.obligations()) {
                sb.append("- ").append(o.provision()).append(" ").append(o.title()).append(": **").append(o.status())
                        .append("**, applies from ").append(o.appliesFrom()).append(o.inForce() ? " (in force)" : "").append('\n');
            }
        }
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("\n## ").append(f.framework()).append("\n\n| provision | title | status | covered by |\n|---|---|---|---|\n");
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append("| ").append(q.provision()).append(" | ").append(md(q.title())).append(" | ").append(q.status())
                        .append(" | ").append(md(coverage(q.coveredBy()))).append(" |\n");
            }
        }
        sb.append("\nEvaluated with the SHACL shapes ").append(r.shapes()).append(" (").append(r.validationResults()).append(" results).\n");
        return sb.toString();
    }

    /** A self-contained HTML page: summary table, then every requirement with its evidence (all text escaped). */
    public static String gapsHtml(GapReport r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gap analysis: ")
                .append(esc(r.organisation())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                        + ".gap{color:#a00}.partial{color:#a60}.covered{color:#070}</style></head><body>")
                .append("<h1>Gap analysis: ").append(esc(r.name() == null ? r.organisation() : r.name())).append("</h1>")
                .append("<table><tr><th>framework</th><th>score</th><th>covered</th><th>partial</th><th>gap</th><th>not applicable</th></tr>");
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("<tr><td>").append(esc(f.framework())).append("</td><td>").append(Math.round(f.score() * 100)).append("%</td><td>")
                    .append(f.counts().get("covered")).append("</td><td>").append(f.counts().get("partial")).append("</td><td>")
                    .append(f.counts().get("gap")).append("</td><td>").append(f.counts().get("not-applicable")).append("</td></tr>");
        }
        sb.append("</table>");
        for (GapReport.SystemResult s : r.aiSystems()) {
            sb.append("<h2>AI system ").append(esc(s.id())).append(": ").append(esc(s.riskCategory())).append("</h2><ul>");
            s.obligations().forEach(o -> sb.append("<li class=\"").append(esc(o.status())).append("\">").append(esc(o.provision()))
                    .append(" ").append(esc(o.title())).append(": ").append(esc(o.status())).append(", applies from ")
                    .append(o.appliesFrom()).append("</li>"));
            sb.append("</ul>");
        }
        for (GapReport.FrameworkResult f : r.frameworks()) {
            sb.append("<h2>").append(esc(f.framework())).append("</h2><table><tr><th>provision</th><th>title</th><th>status</th><th>covered by</th></tr>");
            for (GapReport.RequirementResult q : f.requirements()) {
                sb.append("<tr class=\"").append(esc(q.status())).append("\"><td>").append(esc(q.provision())).append("</td><td>")
                        .append(esc(q.title())).append("</td><td>").append(esc(q.status())).append("</td><td>")
                        .append(esc(coverage(q.coveredBy()))).append("</td></tr>");
            }
            sb.append("</table>");
        }
        return sb.append("<p>Evaluated with the SHACL shapes ").append(esc(r.shapes())).append(".</p></body></html>\n").toString();
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    public static String soaCsv(StatementOfApplicability.Soa soa) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList("provision", "title", "applicable", "justification", "status", "evidence", "related")));
        for (StatementOfApplicability.Entry e : soa.controls()) {
            sb.append(Csv.row(Arrays.asList(e.provision(), e.title(), e.applicable(), e.justification(), e.status(),
                    String.join("; ", e.evidence()), String.join("; ", e.related()))));
        }
        return sb.toString();
    }

    public static String imsCsv(ImsPlanner.Plan plan) {
        StringBuilder sb = new StringBuilder(Csv.row(Arrays.asList("phase", "order", "provision", "title", "action", "from", "documents", "sharedProcess", "extension")));
        for (ImsPlanner.Item i : plan.items()) {
            sb.append(Csv.row(Arrays.asList(i.phase(), i.order(), i.provision(), i.title(), i.action(), String.join("; ", i.from()),
                    String.join("; ", i.documents()), i.sharedProcess(), i.extension())));
        }
        return sb.toString();
    }

    /** e.g. {@code iso27001:7.5.3 (covers, equal, certified iso27001); iso42001:A.8.5 (related, intersects-with)}. */
    private static String coverage(List<GapReport.Coverage> cs) {
        return cs.stream().map(c -> c.control() + " (" + c.effect() + ", " + c.relation()
                + (c.certifiedBy() == null ? "" : ", certified " + c.certifiedBy()) + ")").collect(Collectors.joining("; "));
    }

    private static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
