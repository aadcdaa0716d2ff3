package org.entente.cli;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.store.bench.SyntheticExtractor;
import picocli.CommandLine;

/**
 * <b>Test only</b> (it lives in the test sources, so no production jar or launcher can reach it): runs the real
 * {@code entente ingest} with a slow synthetic extractor in place of CoreNLP, for the crash test that kills
 * this process mid-run. Each article takes {@code -Dentente.test.slowMillis} ms (default 40) to "extract". Once an
 * article's transaction has committed, it prints {@value #COMMITTED}{@code N} (N articles committed so far) on
 * standard output, flushed: what the test may count on surviving the kill.
 */
public final class SlowIngestMain {

    /** The start of the line printed after each committed article. */
    static final String COMMITTED = "test: committed ";

    private SlowIngestMain() {
    }

    public static void main(String[] args) {
        long millis = Long.getLong("entente.test.slowMillis", 40);
        SyntheticExtractor synthetic = new SyntheticExtractor();
        AtomicInteger committed = new AtomicInteger();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == IngestCommand.class ? cls.cast(new IngestCommand(() -> a -> {
                    try {
                        Thread.sleep(millis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return synthetic.extract(a);
                }, InputStream.nullInputStream(), a -> {
                    System.out.println(COMMITTED + committed.incrementAndGet());
                    System.out.flush();
                })) : CommandLine.defaultFactory().create(cls);
            }
        };
        System.exit(Main.commandLine(factory).execute(args));
    }
}
