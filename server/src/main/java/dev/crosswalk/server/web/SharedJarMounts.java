package dev.crosswalk.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.resource.MountedPathResourceFactory;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Jetty's {@code jar:} resources over one mounted file system per jar, kept for the life of the process. Jetty 12.1
 * mounts a new, unshared zip file system for every classpath resource it is asked for (Javalin's static files ask 8
 * times); each holds the whole central directory of the 48,000-entry application jar, about 13 MB of live heap.
 */
public final class SharedJarMounts implements ResourceFactory {
    /** What Jetty asks of the JDK's zip file system: a multi-release jar read as this runtime sees it. */
    private static final Map<String, String> ENV = Map.of("releaseVersion", "runtime");
    private static volatile boolean installed;

    private final Map<Path, MountedPathResourceFactory> mounts = new ConcurrentHashMap<>();

    private SharedJarMounts() {}

    /** Makes every Jetty {@code jar:} resource of this process share one mount per jar (idempotent). */
    public static synchronized void install() {
        if (installed) return;
        ResourceFactory.registerResourceFactory("jar", new SharedJarMounts());
        installed = true;
    }

    @Override
    public Resource newResource(URI uri) {
        if (!uri.isAbsolute()) throw new IllegalArgumentException("not an absolute uri: " + uri);
        Path jar = Path.of(URIUtil.unwrapContainer(uri).normalize());
        if (!Files.exists(jar)) return null;
        // a factory over a given file system never closes it: the mount outlives every resource taken from it
        return mounts.computeIfAbsent(jar.toAbsolutePath(), p -> new MountedPathResourceFactory(mount(p))).newResource(uri);
    }

    private static FileSystem mount(Path jar) {
        try {
            return FileSystems.newFileSystem(jar, ENV);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + jar + " as a file system", e);
        }
    }
}
