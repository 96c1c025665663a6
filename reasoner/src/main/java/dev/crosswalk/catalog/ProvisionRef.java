package dev.crosswalk.catalog;

/** A provision reference as users write it: {@code <framework-id>:<notation>}, e.g. {@code eu-ai-act:Art. 9}. */
public record ProvisionRef(String frameworkId, String notation) {
    private static final int MAX_LENGTH = 200;

    /** Parses a ref; {@link InvalidReferenceException} names what is wrong. */
    public static ProvisionRef parse(String text) {
        if (text == null || text.isBlank()) throw new InvalidReferenceException("A provision reference is required (form <framework-id>:<notation>, e.g. iso42001:A.6.2.4).");
        if (text.length() > MAX_LENGTH) throw new InvalidReferenceException("Provision reference is longer than " + MAX_LENGTH + " characters.");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new InvalidReferenceException("'" + text + "' is not a provision reference: expected <framework-id>:<notation>, e.g. iso42001:A.6.2.4 or eu-ai-act:Art. 9.");
        }
        return new ProvisionRef(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    public static String format(String frameworkId, String notation) {
        return frameworkId + ":" + notation;
    }

    @Override
    public String toString() {
        return format(frameworkId, notation);
    }
}
