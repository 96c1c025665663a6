package dev.crosswalk.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads, each for one kind, named by its media type. */
public enum ImportFormat {
    /** A framework as CSV: {@code id,title,parent,paraphrase,source}. */
    CSV("text/csv", ImportKind.FRAMEWORK),
    /** A framework as an OSCAL catalog in JSON. */
    OSCAL_CATALOG("application/json", ImportKind.FRAMEWORK),
    /** A mapping set as SSSOM TSV. */
    SSSOM_TSV("text/tab-separated-values", ImportKind.MAPPING_SET);

    private final String mediaType;
    private final ImportKind kind;

    ImportFormat(String mediaType, ImportKind kind) {
        this.mediaType = mediaType;
        this.kind = kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public ImportKind kind() {
        return kind;
    }

    /** The format of {@code kind} a {@code Content-Type} names (parameters such as charset ignored); empty when none. */
    public static Optional<ImportFormat> of(ImportKind kind, String contentType) {
        if (contentType == null) return Optional.empty();
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.kind == kind && f.mediaType.equals(type)).findFirst();
    }

    /** The media types {@code kind} accepts, for messages. */
    public static String mediaTypes(ImportKind kind) {
        return String.join(", ", Arrays.stream(values()).filter(f -> f.kind == kind).map(ImportFormat::mediaType).toList());
    }
}
