package dev.crosswalk.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Every Jetty resource of one jar reads through the same mounted file system, which stays open. */
class SharedJarMountsTest {

    @Test
    void resourcesOfOneJarShareOneMountThatOutlivesThem() throws Exception {
        SharedJarMounts.install();
        SharedJarMounts.install();  // idempotent: the server may start more than once in a JVM
        URI clazz = Javalin.class.getResource("Javalin.class").toURI();
        assertThat(clazz.getScheme()).as("Javalin is read from its jar in this build").isEqualTo("jar");
        URI folder = URI.create(clazz.toString().substring(0, clazz.toString().lastIndexOf('/') + 1));

        try (ResourceFactory.Closeable first = ResourceFactory.closeable(); ResourceFactory.Closeable second = ResourceFactory.closeable()) {
            Resource a = first.newResource(clazz);
            Resource b = second.newResource(folder);
            assertThat(a.exists()).isTrue();
            assertThat(b.isDirectory()).isTrue();
            assertThat(a.getPath().getFileSystem()).isSameAs(b.getPath().getFileSystem());
            first.close();
            assertThat(Files.size(b.getPath().resolve("Javalin.class"))).as("closing one user leaves the mount open").isPositive();
        }
        assertThat(ResourceFactory.root().newResource(clazz).exists()).isTrue();
        assertThat(ResourceFactory.root().newResource(URI.create(folder + "no-such-file.class"))).isNull();
    }
}
