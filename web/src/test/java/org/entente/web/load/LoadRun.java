package org.entente.web.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import org.entente.store.actor.AliasFile;
import org.entente.web.WebServer;
import org.entente.web.WebSettings;

/**
 * The load test (a runnable, not a unit test): fills an H2 knowledge base with {@link SyntheticEvents} until it
 * shows 100,000 events by default (reused when a previous run left at least that many), starts the server on loopback and measures requests per
 * second and latency percentiles of the search and the event page with {@code wrk} (random pages, countries and
 * ids through a Lua script), or with a small Java closed-loop generator when wrk is not installed.
 *
 * <p>Run with {@code tools/loadtest.sh [--events N] [--duration S] [--connections C] [--data DIR | --db JDBC-URL]}.
 */
public final class LoadRun {

    private LoadRun() {
    }

    /** One measured scenario. */
    record Result(String name, double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int events = 100_000;
        int duration = 20;
        int connections = 16;
        Path data = Path.of("target", "loadtest-data");
        String db = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--duration" -> duration = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--db" -> db = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Store store = Store.open(db != null ? StoreLocation.jdbc(db, null, null) : StoreLocation.h2(data));
        long have = store.counts().distinctEvents();
        if (have < events) {
            if (have > 0) {
                throw new IllegalStateException(store.location().describe() + " shows " + have + " events, fewer than "
                        + events + ": remove it or pass another --data");
            }
            long t0 = System.nanoTime();
            int target = events;
            long shown = SyntheticEvents.fill(store, events, n -> {
                if (n % 10_000 == 0) {
                    System.err.printf(Locale.ROOT, "  %,d / %,d synthetic reports stored%n", n, target);
                }
            });
            System.err.printf(Locale.ROOT, "filled %,d SYNTHETIC events in %.0f s%n", shown,
                    (System.nanoTime() - t0) / 1e9);
        }
        Store.Counts c = store.counts();
        System.out.printf(Locale.ROOT, "knowledge base: %,d SYNTHETIC events shown (%,d reports, %,d merged), %,d "
                + "articles, %,d actors (%s)%n", c.distinctEvents(), c.events(), c.merged(), c.articles(), c.actors(),
                store.location().describe());
        try (WebServer server = WebServer.create(store, new WebSettings("127.0.0.1", 0, null, false,
                AliasFile.empty(), () -> a -> {
                    throw new IllegalStateException("no extraction in the load test");
                }, WebSettings.DEFAULT_MAX_REQUEST)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            long maxId = c.events();
            String[] countries = SyntheticEvents.COUNTRIES;
            String countryList = "{\"" + String.join("\",\"", countries) + "\"}";
            List<Scenario> scenarios = List.of(
                    new Scenario("search: country + type, random page (20/page)",
                            "local c = " + countryList + "\nlocal t = {\"AGREE\",\"MEET\",\"ATTEND\"}\n"
                                    + "request = function() return wrk.format(\"GET\", \"/api/events?country=\" .. "
                                    + "c[math.random(#c)] .. \"&type=\" .. t[math.random(3)] .. \"&page=\" .. "
                                    + "math.random(10)) end\n",
                            r -> "/api/events?country=" + countries[r.nextInt(countries.length)] + "&type="
                                    + new String[] {"AGREE", "MEET", "ATTEND"}[r.nextInt(3)] + "&page="
                                    + (1 + r.nextInt(10))),
                    new Scenario("search: pair + year, first page",
                            "local c = " + countryList + "\nrequest = function() local a = c[math.random(#c)] "
                                    + "local b = c[math.random(#c)] return wrk.format(\"GET\", \"/api/events?pair=\" .. a .. \",\" .. b .. "
                                    + "\"&from=\" .. (2015 + math.random(0, 9))) end\n",
                            r -> "/api/events?pair=" + countries[r.nextInt(countries.length)] + ","
                                    + countries[r.nextInt(countries.length)] + "&from=" + (2015 + r.nextInt(10))),
                    new Scenario("event page: GET /api/events/{random id}",
                            "request = function() return wrk.format(\"GET\", \"/api/events/\" .. math.random("
                                    + maxId + ")) end\n",
                            r -> "/api/events/" + (1 + r.nextInt((int) maxId))));
            boolean wrk = Files.isExecutable(Path.of("/usr/bin/wrk"));
            System.out.printf(Locale.ROOT, "load generator: %s, %d connections, %d s per scenario, %d cores%n",
                    wrk ? "wrk" : "Java (wrk not installed)", connections, duration,
                    Runtime.getRuntime().availableProcessors());
            List<Result> results = new ArrayList<>();
            for (Scenario s : scenarios) {
                // warm-up: JIT and H2's page cache
                if (wrk) {
                    runWrk(base, s, connections, 3);
                    results.add(runWrk(base, s, connections, duration));
                } else {
                    runJava(base, s, connections, 3);
                    results.add(runJava(base, s, connections, duration));
                }
            }
            System.out.println();
            System.out.println("| scenario | requests/s | p50 ms | p99 ms | errors |");
            System.out.println("|---|---|---|---|---|");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %d |%n", r.name(), r.requestsPerSecond(),
                        r.p50Millis(), r.p99Millis(), r.errors());
            }
        }
    }

    /** A request mix: as a wrk Lua script and as a Java path generator. */
    record Scenario(String name, String lua, java.util.function.Function<Random, String> path) {
    }

    private static Result runWrk(String base, Scenario s, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("entente-load", ".lua");
        Files.writeString(script, s.lua() + "\nlocal errors = 0\nresponse = function(status) if status ~= 200 then "
                + "errors = errors + 1 end end\n");
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.deleteIfExists(script);
        double rps = number(out, "Requests/sec:\\s+([\\d.]+)");
        double p50 = millis(out, "50%");
        double p99 = millis(out, "99%");
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(s.name(), rps, p50, p99, errors);
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("cannot read wrk's output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A latency percentile line of {@code wrk --latency} ("99%  12.34ms"), in milliseconds. */
    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("cannot read wrk's output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** Closed loop: {@code connections} threads, each sending its next request when the last one answered. */
    private static Result runJava(String base, Scenario s, int connections, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Random random = new Random(t);
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base
                                + s.path().apply(random))).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                latencies.addAll(mine);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
        return new Result(s.name(), sorted.size() / (double) seconds, p50, p99, errors.get());
    }
}
