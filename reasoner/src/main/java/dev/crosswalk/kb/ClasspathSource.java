package dev.crosswalk.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.jar.JarFile;

/**
 * Reference data packaged under {@code crosswalk/} on the classpath, listed by walking the
 * folder (a directory in development, a jar in production) so no index file can go stale.
 */
final class ClasspathSource implements DataSource {
    private static final String ROOT = "crosswalk/";
    private static final String ANCHOR = ROOT + "ontology/crosswalk.ttl";
    private final BiFunction<String, String, List<String>> lister;

    private ClasspathSource(BiFunction<String, String, List<String>> lister) {
        this.lister = lister;
    }

    static ClasspathSource create() {
        URL anchor = ClasspathSource.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) throw new MissingDataException("No " + ANCHOR + " on the classpath");
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) return new ClasspathSource(jarListing(anchor));
            DirectorySource tree = new DirectorySource(Path.of(uri).getParent().getParent());
            return new ClasspathSource(tree::list);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open packaged data at " + anchor, e);
        }
    }

    /**
     * The jar's files under {@code crosswalk/}, listed once from its central directory. Not a zip file system: each
     * of those keeps an index of every entry of the 48,000-entry application jar (about 13 MB) for as long as it lives.
     */
    private static BiFunction<String, String, List<String>> jarListing(URL anchor) throws IOException {
        List<String> files;
        URI jar = URI.create(((JarURLConnection) anchor.openConnection()).getJarFileURL().toString());
        try (JarFile file = new JarFile(Path.of(jar).toFile())) {
            files = file.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(ROOT))
                    .map(e -> e.getName().substring(ROOT.length())).sorted().toList();
        }
        return (folder, suffix) -> files.stream()
                .filter(f -> f.startsWith(folder + "/") && f.indexOf('/', folder.length() + 1) < 0 && f.endsWith(suffix))
                .toList();
    }

    @Override
    public List<String> list(String folder, String suffix) {
        return lister.apply(folder, suffix);
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
