package dev.crosswalk.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reference data packaged under {@code crosswalk/} on the classpath, listed by walking the
 * folder (a directory in development, a jar in production) so no index file can go stale.
 */
final class ClasspathSource implements DataSource {
    private static final String ROOT = "crosswalk/";
    private static final String ANCHOR = ROOT + "ontology/crosswalk.ttl";
    private final DirectorySource tree;

    private ClasspathSource(DirectorySource tree) {
        this.tree = tree;
    }

    static ClasspathSource create() {
        URL anchor = ClasspathSource.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) throw new MissingDataException("No " + ANCHOR + " on the classpath");
        try {
            URI uri = anchor.toURI();
            Path anchorPath;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                anchorPath = fs.getPath("/" + ANCHOR);
            } else {
                anchorPath = Path.of(uri);
            }
            return new ClasspathSource(new DirectorySource(anchorPath.getParent().getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open packaged data at " + anchor, e);
        }
    }

    @Override
    public List<String> list(String folder, String suffix) {
        return tree.list(folder, suffix);
    }

    @Override
    public byte[] read(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) throw new MissingDataException("No " + ROOT + path + " on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "classpath:" + ROOT;
    }
}
