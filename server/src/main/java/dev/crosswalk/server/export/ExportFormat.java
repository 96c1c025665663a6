package dev.crosswalk.server.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The exchange formats of {@code GET /api/v1/export/{format}} and {@code crosswalk export --format}. */
public enum ExportFormat {
    SSSOM("sssom", "text/tab-separated-values", "sssom.tsv"),
    OSCAL_MAPPING("oscal-mapping", "application/json", "oscal-mapping.json"),
    OSCAL_CATALOG("oscal-catalog", "application/json", "oscal-catalog.json"),
    CSV("csv", "text/csv", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String label;
    private final String mediaType;
    private final String extension;

    ExportFormat(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name in the path and on the command line, e.g. {@code oscal-mapping}. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** True for a format that is not text (never written to a terminal). */
    public boolean binary() {
        return this == XLSX;
    }

    public static Optional<ExportFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ExportFormat::label).toList();
    }
}
