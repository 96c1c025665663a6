package dev.crosswalk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reference data read from a directory tree. */
final class DirectorySource implements DataSource {
    private final Path root;

    DirectorySource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<String> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder + "/" + p.getFileName())
                    .filter(p -> p.endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] read(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new MissingDataException("No data file " + path + " under " + root);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
