package dev.crosswalk.server.store.remote;

/** A store's error answer in one short line: its status and the first line of what it said. */
final class StoreMessage {
    private static final int MAX = 300;

    private StoreMessage() {}

    /** "answered 400: Virtuoso 37000 Error SP031: …"; an HTML error page is reduced to its text. */
    static String of(int status, String body) {
        String text = body == null ? "" : body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
        // Virtuoso appends the whole request after a blank line ("SPARQL query: …"); Fuseki its own
        // trace: the first non-empty line is the message
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("(?i)(HTTP/\\S+ )?\\d{3}( .*)?|error \\d+"))
                .findFirst().orElse("");
        if (first.length() > MAX) first = first.substring(0, MAX) + "…";
        return "answered " + status + (first.isEmpty() ? "" : ": " + first);
    }
}
