package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code entente serve}: options, start-up failures, and a real server over a stored knowledge base. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private record Started(Future<Integer> exit, StringWriter out, StringWriter err, CompletableFuture<Void> stop) {
    }

    private static Started launch(String... args) {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CommandLine cl = Main.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ServeCommand.class ? cls.cast(new ServeCommand(stop)) : CommandLine.defaultFactory().create(cls);
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ExecutorService ex = Executors.newSingleThreadExecutor();
        Future<Integer> exit = ex.submit(() -> cl.execute(args));
        ex.shutdown();
        return new Started(exit, out, err, stop);
    }

    private static List<String> where(TestDatabase db) {
        return db.location().dataDir() != null ? List.of("--data", db.location().dataDir().toString())
                : List.of("--db", db.location().url());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.entente.store.testing.TestDatabase#backends")
    void servesTheKnowledgeBase(TestDatabase.Backend backend) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            Samples.ingestAll(db.store());
            List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--token", "s3cret"));
            args.addAll(where(db));
            Started s = launch(args.toArray(String[]::new));
            Matcher m = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
            for (int i = 0; i < 200 && !m.reset(s.out().toString()).find(); i++) {
                assertTrue(!s.exit().isDone(), "stopped early: " + s.err());
                Thread.sleep(50);
            }
            assertTrue(m.reset(s.out().toString()).find(), "no start line: " + s.out() + s.err());
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> events = client.send(HttpRequest.newBuilder(URI.create(base + "/api/events")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, events.statusCode());
            assertTrue(events.body().contains("\"total\":5"), events.body());
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, write.statusCode());
            s.stop().complete(null);
            assertEquals(0, s.exit().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void authWithoutTokenIsAUsageError() throws Exception {
        Started s = launch("serve", "--auth", "--data", dir.toString());
        assertEquals(2, s.exit().get(10, TimeUnit.SECONDS));
        assertTrue(s.err().toString().contains("--auth needs a token"), s.err().toString());
    }

    @Test
    void badPortIsAUsageError() throws Exception {
        assertEquals(2, launch("serve", "--port", "70000", "--data", dir.toString()).exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void unreachableDatabaseIsOneLineAndExit1() throws Exception {
        Started s = launch("serve", "--db", "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2");
        assertEquals(1, s.exit().get(30, TimeUnit.SECONDS));
        String err = s.err().toString().strip();
        assertTrue(err.startsWith("entente: ") && !err.contains("\n"), err);
    }

    @Test
    void portInUseIsExit1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Started s = launch("serve", "--port", String.valueOf(taken.getLocalPort()), "--data",
                    dir.resolve("d").toString());
            assertEquals(1, s.exit().get(30, TimeUnit.SECONDS));
            assertTrue(s.err().toString().contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()),
                    s.err().toString());
        }
    }
}
