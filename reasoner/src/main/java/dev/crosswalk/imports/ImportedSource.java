package dev.crosswalk.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One stored import: its kind and format, its id (and a framework's title), the file as uploaded
 * (name and text), and who imported it when. The graphs are built from it again at every start.
 */
public record ImportedSource(ImportKind kind, ImportFormat format, String id, String title, String fileName,
                             String content, String importedBy, Instant importedAt) {

    /** Everything the record holds, as bytes: what the reference data's content hash covers. */
    byte[] canonical() {
        return String.join("\n", kind.token(), format.mediaType(), id, String.valueOf(title), fileName, importedBy,
                importedAt.toString(), content).getBytes(StandardCharsets.UTF_8);
    }
}
