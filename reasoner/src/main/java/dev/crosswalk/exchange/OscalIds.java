package dev.crosswalk.exchange;

import dev.crosswalk.catalog.Provision;
import dev.crosswalk.vocab.CW;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifiers in OSCAL exports, all derived from IRIs so the same data always exports the same document: name-based
 * UUIDs (version 5, RFC 9562, in the URL namespace) and control ids that are OSCAL tokens.
 */
public final class OscalIds {
    /** RFC 9562's namespace for names that are URLs. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private OscalIds() {}

    /** The version-5 UUID of a name (an IRI). */
    public static String uuid(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(URL_NAMESPACE.getMostSignificantBits())
                    .putLong(URL_NAMESPACE.getLeastSignificantBits()).array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The control id of a provision: {@code <framework-id>-<local id>}, every character outside letters, digits,
     * '.', '-' and '_' as '_' (e.g. {@code iso42001-A.6.2.4}, {@code eu-ai-act-art_26_par_1}). Framework ids start
     * with a letter, so the id is an OSCAL token; unique across catalogs, so a mapping's id-refs name their framework.
     */
    public static String controlId(Provision p) {
        String local = p.iri().substring(CW.ID.length() + p.frameworkId().length() + 1);
        return p.frameworkId() + "-" + local.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    /** Where a framework's OSCAL catalog is, relative to an export's own URL ({@code /api/v1/export/...}). */
    public static String catalogHref(String frameworkId) {
        return "oscal-catalog?framework=" + frameworkId;
    }
}
