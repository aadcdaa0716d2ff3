package org.entente.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command: one subcommand per task.
 *
 * <p>Exit codes, common to every subcommand: 0 when everything was read and analysed, 1 when some
 * input failed or was refused, 2 for usage errors (picocli's default).
 */
@Command(name = "entente",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, EventsCommand.class,
            TimelineCommand.class, ActorsCommand.class, ExportCommand.class, ServeCommand.class,
            BenchStoreCommand.class, CascadeBenchCommand.class, CompactCommand.class,
            CommandLine.HelpCommand.class},
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Cooperation events from English news articles.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        // JSON is UTF-8 whatever the platform's default charset
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }

    /** A fresh command line, for {@link #main} and for tests that run it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /** A command line whose subcommands come from {@code factory} (tests: fake extractors, stdin). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new Main(), factory);
    }

    @Override
    public void run() {
        // "entente" alone: a subcommand is required
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"entente " + (v == null ? "(development build)" : v)};
        }
    }
}
