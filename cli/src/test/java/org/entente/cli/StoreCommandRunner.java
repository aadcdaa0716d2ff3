package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import picocli.CommandLine;

/**
 * Runs the knowledge-base commands in-process against a {@link TestDatabase}, with a stand-in extractor that
 * answers with the hand-built {@link Samples} events (CoreNLP is not loaded).
 */
final class StoreCommandRunner {

    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private final TestDatabase db;
    int extractorsMade;

    StoreCommandRunner(TestDatabase db) {
        this.db = db;
    }

    /** The stand-in: the sample events of a sample article, none for others; failures on cue. */
    static ArticleEvents fake(Article a) throws ArticleRejectedException {
        if (a.text().contains("EXPLODE")) {
            throw new IllegalStateException("boom");
        }
        if (a.text().contains("REFUSE")) {
            throw new ArticleRejectedException("refused by the extractor");
        }
        for (Samples.Pair p : Samples.all()) {
            if (p.article().text().equals(a.text().strip())) {
                return new ArticleEvents(a.id(), p.events().events());
            }
        }
        return new ArticleEvents(a.id(), List.of());
    }

    /** {@code --data DIR} for H2, {@code --db URL} for PostgreSQL. */
    List<String> where() {
        return db.location().dataDir() != null ? List.of("--data", db.location().dataDir().toString())
                : List.of("--db", db.location().url());
    }

    /** Runs {@code entente COMMAND [ARGS...] <where>}. */
    Run run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.addAll(List.of(args));
        all.addAll(where());
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs the arguments as given. */
    Run runRaw(String... args) {
        Supplier<ExtractCommand.Analyser> analyser = () -> {
            extractorsMade++;
            return StoreCommandRunner::fake;
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == IngestCommand.class ? cls.cast(new IngestCommand(analyser, InputStream.nullInputStream()))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = Main.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A JSON line of an article as the readers take it. */
    static String record(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", a.url());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("text", a.text());
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines to a file (directories created). */
    static Path write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
