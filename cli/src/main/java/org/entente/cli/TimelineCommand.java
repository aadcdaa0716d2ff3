package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.actor.ActorSummary;
import org.entente.store.event.StoredEvent;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code entente timeline ACTOR}: what an actor did, in date order, with its counterparts. The actors the
 * name matches are listed first, so that a name too loose (one word of many names) shows itself.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The events of an actor in date order (undated last).", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:no actor matches, or the database cannot be opened", "2:usage error"})
public final class TimelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ACTOR", description = "A name, an alias or words of a name ('CBA', 'Central Bank').")
    String actor;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return store.run(spec.commandLine().getErr(), s -> {
            List<ActorSummary> actors = new ActorDirectory(s).list(actor, 0);
            if (actors.isEmpty()) {
                spec.commandLine().getErr().println("entente: no stored actor is named '" + actor + "'");
                return 1;
            }
            for (ActorSummary a : actors) {
                out.printf("%s%s, %s: %d event%s%n", a.name(), a.country() == null ? "" : " (" + a.country() + ")",
                        a.kind(), a.events(), a.events() == 1 ? "" : "s");
            }
            out.println();
            for (StoredEvent e : new EventQuery(s).find(EventFilter.none().withActor(actor))) {
                out.println(EventLine.of(e));
            }
            out.flush();
            return 0;
        });
    }
}
