package dev.crosswalk.server.rest;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The response format of a route that renders several: {@code ?format=} wins; otherwise the
 * supported type the Accept header gives the highest weight (RFC 9110 §12.5.1); 406 when none fits.
 */
final class ContentNegotiation {
    /** A format a route can render: its {@code ?format=} name and its media type. */
    enum Format {
        JSON("json", "application/json", true),
        CSV("csv", "text/csv", true),
        MARKDOWN("markdown", "text/markdown", true),
        HTML("html", "text/html", true),
        /** A binary download: only ever sent when {@code ?format=xlsx} asks for it, never chosen by Accept. */
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
        TURTLE("turtle", "text/turtle", true),
        JSONLD("jsonld", "application/ld+json", true),
        /** iCalendar (RFC 5545), for the compliance calendar. */
        ICS("ics", "text/calendar", true);

        final String name;
        final String mediaType;
        final boolean negotiated;

        Format(String name, String mediaType, boolean negotiated) {
            this.name = name;
            this.mediaType = mediaType;
            this.negotiated = negotiated;
        }
    }

    /** The analyses (gap analysis, SoA, IMS plan), posted or stored, in the order that breaks ties; XLSX by ?format= only. */
    static final List<Format> REPORTS = List.of(Format.JSON, Format.CSV, Format.MARKDOWN, Format.HTML, Format.XLSX);
    /** Named-query results and the other tabular answers (crosswalk rows, provision lists, mapping sets). */
    static final List<Format> TABLES = List.of(Format.JSON, Format.CSV);
    /** The compliance calendar. */
    static final List<Format> CALENDAR = List.of(Format.JSON, Format.CSV, Format.ICS);
    /** One provision with its mappings. */
    static final List<Format> PROVISION = List.of(Format.JSON, Format.TURTLE, Format.JSONLD);

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9a-z-]+");
    private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private ContentNegotiation() {}

    /** The chosen format, or a 400 (unknown {@code ?format=}) or 406 (nothing in Accept is supported) problem. */
    static Format choose(Context ctx, List<Format> supported) {
        ctx.header("Vary", "Accept");
        String requested = ctx.queryParam("format");
        if (requested != null) {
            return supported.stream().filter(f -> f.name.equals(requested.trim())).findFirst()
                    .orElseThrow(() -> ProblemException.badRequest("format must be one of " + names(supported, ", ")
                            + ", not '" + requested + "'."));
        }
        String accept = ctx.header("Accept");
        return choose(accept, supported).orElseThrow(() -> notAcceptable(accept, supported.stream().filter(f -> f.negotiated)
                .map(f -> f.mediaType).toList(), "?format=" + names(supported, "|")));
    }

    /** A 406 naming what Accept asked for, the media types there are ({@code supported}) and how else to ask. */
    static ProblemException notAcceptable(String accept, List<String> mediaTypes, String otherwise) {
        return new ProblemException(406, "not-acceptable", "Not acceptable", "None of the media types in Accept ('" + accept
                + "') is available here; this resource is available as " + String.join(", ", mediaTypes) + " (or ask with "
                + otherwise + ").").with("supported", mediaTypes);
    }

    /** True when {@code accept} (absent: anything) gives {@code mediaType} a weight above 0. */
    static boolean accepts(String accept, String mediaType) {
        List<Range> ranges = parse(accept);
        return ranges.isEmpty() || weigh(ranges, mediaType).q > 0;
    }

    /**
     * The supported format with the highest weight in {@code accept}: each format takes the weight of
     * the most specific range that matches it (type/subtype over type/* over *&#47;*); ties go to the
     * more specific match, then to the order of {@code supported}. No or an empty header accepts the
     * first. Media-type parameters other than q are ignored, and so are malformed entries. Formats asked for by
     * {@code ?format=} only (XLSX) are never chosen here.
     */
    static Optional<Format> choose(String accept, List<Format> offered) {
        List<Format> supported = offered.stream().filter(f -> f.negotiated).toList();
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return Optional.of(supported.get(0));
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = 0;
        for (Format f : supported) {
            Weight w = weigh(ranges, f.mediaType);
            if (w.q > bestQ || (w.q == bestQ && w.q > 0 && w.specificity > bestSpecificity)) {
                best = f;
                bestQ = w.q;
                bestSpecificity = w.specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The weight of the most specific range matching a media type (the highest q among equally specific ones). */
    private record Weight(double q, int specificity) {}

    private static Weight weigh(List<Range> ranges, String mediaType) {
        int specificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(mediaType);
            if (s > specificity || (s == specificity && s > 0 && r.q > q)) {
                specificity = s;
                q = r.q;
            }
        }
        return new Weight(q, specificity);
    }

    /** One media range of an Accept header with its weight. */
    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for type/*, 1 for *&#47;*, 0 when it does not match. */
        int specificity(String mediaType) {
            String[] t = mediaType.split("/");
            if (type.equals("*")) return subtype.equals("*") ? 1 : 0;
            if (!type.equals(t[0])) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(t[1]) ? 3 : 0;
        }
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        if (accept == null) return out;
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String[] type = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (type.length != 2 || !TOKEN.matcher(type[0]).matches() || !TOKEN.matcher(type[1]).matches()) continue;
            if (type[0].equals("*") && !type[1].equals("*")) continue;
            double q = 1;
            boolean valid = true;
            for (int i = 1; i < parts.length; i++) {
                String[] param = parts[i].trim().split("=", 2);
                if (param.length == 2 && param[0].trim().equalsIgnoreCase("q")) {
                    String w = param[1].trim();
                    if (WEIGHT.matcher(w).matches()) q = Double.parseDouble(w);
                    else valid = false;
                    break;  // what follows q are accept-extensions, not media-type parameters
                }
            }
            if (valid) out.add(new Range(type[0], type[1], q));
        }
        return out;
    }

    private static String names(List<Format> formats, String separator) {
        return formats.stream().map(f -> f.name).collect(Collectors.joining(separator));
    }
}
