package org.entente.cli;

import java.io.InputStream;
import org.entente.store.bench.SyntheticExtractor;
import picocli.CommandLine;

/**
 * <b>Test only</b> (it lives in the test sources, so no production jar or launcher can reach it): runs the real
 * {@code entente ingest} with a slow synthetic extractor in place of CoreNLP, for the crash test that kills
 * this process mid-run. Each article takes {@code -Dentente.test.slowMillis} ms (default 40) to "extract".
 */
public final class SlowIngestMain {

    private SlowIngestMain() {
    }

    public static void main(String[] args) {
        long millis = Long.getLong("entente.test.slowMillis", 40);
        SyntheticExtractor synthetic = new SyntheticExtractor();
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
                }, InputStream.nullInputStream())) : CommandLine.defaultFactory().create(cls);
            }
        };
        System.exit(Main.commandLine(factory).execute(args));
    }
}
