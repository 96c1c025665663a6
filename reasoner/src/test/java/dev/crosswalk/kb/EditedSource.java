package dev.crosswalk.kb;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The packaged data with a comment added to one file: the same triples, other bytes (a curator's edit). */
final class EditedSource implements DataSource {
    private final DataSource packaged;
    private final String changed;

    EditedSource(DataSource packaged, String changed) {
        this.packaged = packaged;
        this.changed = changed;
    }

    @Override
    public List<String> list(String folder, String suffix) {
        return packaged.list(folder, suffix);
    }

    @Override
    public byte[] read(String path) {
        byte[] bytes = packaged.read(path);
        if (!path.equals(changed)) return bytes;
        return (new String(bytes, StandardCharsets.UTF_8) + "\n# a curator's edit\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String describe() {
        return "classpath with " + changed + " edited";
    }
}
