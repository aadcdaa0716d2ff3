package org.entente.store.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.actor.AliasFile;
import org.entente.store.ingest.Ingestor;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;

/**
 * Ingests a {@link SyntheticCorpus} into an empty knowledge base through the real {@link Ingestor} (one
 * transaction per article, actor resolution, merging), with events from the {@link SyntheticExtractor}, then
 * times every {@code events} filter and {@code timeline}.
 *
 * <p>Each filter is timed as {@code entente events} runs it with {@code --limit 50} (a page: the ids matched,
 * sorted by date, and the page's events loaded with actors, people, spheres, sources and links); the timeline
 * loads every event of one actor; {@code actors} lists every actor with its event count. Two warm-up runs, then {@code repeats} timed runs on one thread, all on one
 * open connection: what a long-running process pays per query. Opening the database is timed once on its own
 * (a second {@link Store} on it: the schema version checked, a new pool's first connection), since every command
 * pays it once.
 */
public final class StoreBenchmark {

    /** Events per page in the timed {@code events} queries. */
    public static final int PAGE = 50;

    /** What a run measured. */
    public record Result(int articles, long events, Store.Counts counts, double ingestSeconds, long databaseBytes,
            long peakHeapBytes, long openNanos, List<Latency> latencies) {

        public double articlesPerSecond() {
            return articles / ingestSeconds;
        }

        public double eventsPerSecond() {
            return events / ingestSeconds;
        }

        /** A report for people, one figure a line. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "ingest: %,d articles, %,d events in %.1f s: %.0f articles/s, "
                            + "%.0f events/s%n", articles, events, ingestSeconds, articlesPerSecond(), eventsPerSecond()));
            b.append(String.format(Locale.ROOT, "stored: %,d events shown (%,d reports, %,d merged), %,d plan links, "
                            + "%,d actors%n", counts.distinctEvents(), counts.events(), counts.merged(), counts.links(),
                    counts.actors()));
            b.append(String.format(Locale.ROOT, "database size: %.1f MB; peak heap: %.0f MB%n", databaseBytes / 1e6,
                    peakHeapBytes / 1e6));
            b.append(String.format(Locale.ROOT, "opening the database (once per command): %.0f ms%n", openNanos / 1e6));
            b.append(StoreBenchmark.describe(latencies));
            return b.toString();
        }
    }

    private StoreBenchmark() {
    }

    /** The latencies for people, one query a line. */
    public static String describe(List<Latency> latencies) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-50s %10s %10s %10s %6s %6s%n", "query (database open)", "median ms",
                "p95 ms", "p99 ms", "runs", "rows"));
        for (Latency l : latencies) {
            b.append(String.format(Locale.ROOT, "%-50s %10.1f %10.1f %10.1f %6d %6d%n", l.name(), l.medianMs(),
                    l.p95Ms(), l.p99Ms(), l.runs(), l.rows()));
        }
        return b.toString();
    }

    /**
     * Runs the benchmark.
     *
     * @param store   an empty knowledge base
     * @param repeats timed runs per query, at least 1
     * @param log     progress lines, or null
     */
    public static Result run(Store store, SyntheticCorpus corpus, int repeats, PrintStream log) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        if (store.counts().articles() != 0) {
            throw new StoreException("the benchmark needs an empty knowledge base; this one has articles");
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SyntheticExtractor extractor = new SyntheticExtractor();
        long events = 0;
        long start = System.nanoTime();
        int step = Math.max(1, corpus.size() / 10);
        try (Ingestor in = new Ingestor(store, AliasFile.empty())) {
            for (int i = 0; i < corpus.size(); i++) {
                Article a = corpus.article(i);
                ArticleEvents result = extractor.extract(a);
                in.ingest(a, "synthetic:" + i, result);
                events += result.events().size();
                if (log != null && (i + 1) % step == 0) {
                    log.printf(Locale.ROOT, "  %,d articles stored, %.0f articles/s%n", i + 1,
                            (i + 1) / ((System.nanoTime() - start) / 1e9));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Store.Counts counts = store.counts();
        long size = size(store);
        List<Latency> latencies = queries(store, repeats);
        long open;
        long t = System.nanoTime();
        try (Store again = Store.open(store.location()); Connection c = again.connect()) {
            open = System.nanoTime() - t; // what every command pays: the schema checked, the pool's first connection
        } catch (SQLException e) {
            throw new StoreException("cannot connect: " + StoreException.firstLine(e), e);
        }
        return new Result(corpus.size(), events, counts, seconds, size, peak, open, latencies);
    }

    /**
     * Times every filter, the timeline and the actor list on a filled knowledge base (also one kept from an earlier
     * run with {@code --keep}): two warm-ups, then {@code repeats} runs each.
     */
    public static List<Latency> queries(Store store, int repeats) {
        List<Latency> latencies = new ArrayList<>();
        EventQuery query = new EventQuery(store);
        EventFilter page = EventFilter.none().withLimit(PAGE);
        Map<String, EventFilter> filters = new LinkedHashMap<>();
        filters.put("events (no filter)", page);
        filters.put("events --actor 'Central Bank'", page.withActor("Central Bank"));
        filters.put("events --country AZE", page.withCountry("AZE"));
        filters.put("events --pair AZE,TUR", page.withPair("AZE", "TUR"));
        filters.put("events --type ATTEND", page.withType(EventType.ATTEND));
        filters.put("events --status planned", page.withStatus(Status.PLANNED));
        filters.put("events --sphere energy", page.withSphere("energy"));
        filters.put("events --from 2020-01 --to 2020-03", page.withFrom(LocalDate.of(2020, 1, 1))
                .withTo(LocalDate.of(2020, 3, 31)));
        filters.put("events --text railways (common)", page.withText("railways"));
        filters.put("events --text ulaanbaatar (rare)", page.withText("ulaanbaatar"));
        filters.put("events --country AZE --type AGREE --status done", page.withCountry("AZE")
                .withType(EventType.AGREE).withStatus(Status.DONE));
        AtomicInteger run = new AtomicInteger();
        try (Connection pooled = store.connect()) {
            // H2 answers a statement repeated on an unchanged database from its last result; every run's
            // statements carry the run's number in a comment, so that each is parsed and executed afresh
            Connection c = numbered(pooled, run);
            Runnable next = run::incrementAndGet;
            for (Map.Entry<String, EventFilter> f : filters.entrySet()) {
                latencies.add(time(f.getKey(), repeats, next, () -> query.find(c, f.getValue()).size()));
            }
            latencies.add(time("timeline Kyrgyzstan (every event)", repeats, next,
                    () -> query.find(c, EventFilter.none().withActor("Kyrgyzstan")).size()));
            latencies.add(time("actors (most active first, all)", repeats, next,
                    () -> ActorDirectory.list(c, null, 0).size()));
            latencies.add(time("actors --query bank", repeats, next, () -> ActorDirectory.list(c, "bank", 0).size()));
        } catch (SQLException e) {
            throw new StoreException("cannot close the query connection: " + StoreException.firstLine(e), e);
        }
        return latencies;
    }

    /** The connection, with {@code /* run N *}{@code /} appended to every statement it prepares. */
    private static Connection numbered(Connection c, AtomicInteger run) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                        args[0] = sql + " /* run " + run.get() + " */";
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Latency time(String name, int repeats, Runnable next, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < 2; i++) {
            next.run();
            rows = query.get();
        }
        long[] nanos = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            next.run();
            long t = System.nanoTime();
            rows = query.get();
            nanos[i] = System.nanoTime() - t;
        }
        return Latency.of(name, nanos, rows);
    }

    /** Bytes on disk: the H2 files of the data directory, or PostgreSQL's tables, indexes and TOAST of the schema. */
    static long size(Store store) {
        Path dir = store.location().dataDir();
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".db")).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException e) {
                return -1;
            }
        }
        try (Connection c = store.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN "
                        + "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
            return r.next() ? r.getLong(1) : -1;
        } catch (SQLException e) {
            return -1; // not PostgreSQL
        }
    }
}
