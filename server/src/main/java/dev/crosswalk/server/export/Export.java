package dev.crosswalk.server.export;

import java.nio.charset.StandardCharsets;

/** An export's bytes with their media type and a file name to save them under. */
public record Export(String mediaType, String fileName, byte[] body) {
    static Export text(ExportRequest r, String text) {
        return new Export(r.format().mediaType() + "; charset=utf-8", r.fileName(), text.getBytes(StandardCharsets.UTF_8));
    }
}
