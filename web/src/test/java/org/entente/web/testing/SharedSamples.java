package org.entente.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.entente.store.testing.TestDatabase;

/**
 * One server over the sample events (H2), shared by the test classes that only read it (events, actors, network,
 * stats, exports, the HTTP rules): started on first use, stopped and its directory deleted when the test JVM ends.
 * A test that changes the base puts it back before it ends (the HTTP rules' database failure); tests that write
 * (posted articles, jobs, restarts) start their own {@link WebFixture}.
 */
public final class SharedSamples {

    private static WebFixture web;

    private SharedSamples() {
    }

    /** The shared server. */
    public static synchronized WebFixture web() {
        if (web == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("entente-web-samples");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            WebFixture started = WebFixture.start(TestDatabase.Backend.H2, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory left behind
                }
            }, "entente-web-samples-stop"));
            web = started;
        }
        return web;
    }
}
