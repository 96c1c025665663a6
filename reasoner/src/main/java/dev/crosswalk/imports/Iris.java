package dev.crosswalk.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** What an import accepts as an IRI: absolute, of a scheme people link with, and nothing an RDF term cannot hold. */
final class Iris {
    private static final Pattern SHAPE = Pattern.compile("^(https?|urn):[^\\s<>\"{}|\\\\^`]+$", Pattern.CASE_INSENSITIVE);

    private Iris() {}

    static boolean valid(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) return false;
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
