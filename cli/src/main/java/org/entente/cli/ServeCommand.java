package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.entente.extract.Extractor;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.AliasFile;
import org.entente.web.WebServer;
import org.entente.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente serve}: the web pages and the REST API over the knowledge base, until the process is stopped.
 * Reads are open unless {@code --auth}; posting articles needs the token.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web pages and the REST API (/api/..., documented at /openapi.json) over the "
                + "knowledge base.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the database cannot be opened or the port cannot be bound", "2:usage error"})
public final class ServeCommand implements Callable<Integer> {

    /** The variable that can hold the token instead of {@code --token} (kept out of the process list). */
    static final String TOKEN_VARIABLE = "ENTENTE_TOKEN";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: 7070; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token that POST /api/articles needs (or the " + TOKEN_VARIABLE
                    + " environment variable). Without one, nothing can be written.")
    String token;

    @Option(names = "--auth", description = "Reads need the token too.")
    boolean auth;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "The aliases file for posted articles (default: aliases.tsv in the data directory, if any).")
    Path aliases;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CompletableFuture<Void> stop;

    /** The production command: serves until the JVM stops. */
    public ServeCommand() {
        this(new CompletableFuture<>());
    }

    /** For tests: serves until {@code stop} completes. */
    ServeCommand(CompletableFuture<Void> stop) {
        this.stop = stop;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        String t = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (t != null && t.isBlank()) {
            throw new CommandLine.ParameterException(cl, "--token must not be empty");
        }
        if (auth && t == null) {
            throw new CommandLine.ParameterException(cl, "--auth needs a token: --token T or " + TOKEN_VARIABLE);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cl, "--port must be between 0 and 65535");
        }
        return store.run(cl.getErr(), s -> serve(cl, s, t));
    }

    private int serve(CommandLine cl, Store s, String t) {
        AliasFile rules = AliasFile.read(aliases != null ? aliases : store.aliasesFile());
        rules.problems().forEach(p -> cl.getErr().println("entente: " + p));
        WebSettings settings = new WebSettings(host, port, t, auth, rules, () -> new Extractor()::extract,
                WebSettings.DEFAULT_MAX_REQUEST);
        WebServer server;
        try {
            server = WebServer.create(s, settings).start();
        } catch (RuntimeException e) {
            cl.getErr().println("entente: cannot serve on " + host + ":" + port + ": " + StoreException.firstLine(e));
            return 1;
        }
        // stopped by a signal: the server first (requests finish), then the pool (the H2 file is closed cleanly)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "entente-serve-stop"));
        cl.getOut().printf("entente: serving http://%s:%d/ over %s (reads %s, writes %s)%n", host, server.port(),
                s.location().describe(), auth ? "need the token" : "open", t == null ? "disabled" : "need the token");
        cl.getOut().flush();
        try {
            stop.join();
        } finally {
            server.close();
        }
        return 0;
    }
}
