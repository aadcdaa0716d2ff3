package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.actor.ActorSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente actors [--query TEXT]}: the canonical actors, most active first; {@code show} for one. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = ActorShowCommand.class,
        description = {"List the stored actors (canonical names), most active first.",
            "'entente actors show NAME' lists an actor's aliases and why each was merged.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:the database cannot be opened", "2:usage error"})
public final class ActorsCommand implements Callable<Integer> {

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Actors one of whose names contains these words.")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "At most N actors (default: all).")
    int limit;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return store.run(spec.commandLine().getErr(), s -> {
            print(out, new ActorDirectory(s).list(query, Math.max(0, limit)));
            return 0;
        });
    }

    private static void print(PrintWriter out, List<ActorSummary> actors) {
        out.printf("%7s %7s  %-7s %-4s %s%n", "events", "aliases", "kind", "cty", "name");
        for (ActorSummary a : actors) {
            out.printf("%7d %7d  %-7s %-4s %s%n", a.events(), a.aliases(), a.kind(),
                    a.country() == null ? "-" : a.country(), a.name());
        }
        out.flush();
    }
}
