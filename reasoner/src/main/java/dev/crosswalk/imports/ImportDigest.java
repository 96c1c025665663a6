package dev.crosswalk.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A SHA-256 over stored imports (each record whole, in order): tells whether a model was built with what the store holds now. */
final class ImportDigest {
    private ImportDigest() {}

    static String of(List<ImportedSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ImportedSource s : sources) {
                byte[] record = s.canonical();
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(record.length).array());
                sha.update(record);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
