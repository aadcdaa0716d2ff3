package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.actor.ActorProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code entente actors show NAME}: each actor the name denotes, with every alias and the reason it was taken
 * to name that actor (its own name, same name, acronym of, aliases file), so a wrong merge can be traced and
 * fixed in the aliases file.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show an actor's aliases and why each was merged.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:no actor has this name, or the database cannot be opened", "2:usage error"})
public final class ActorShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "A name or alias (exact, after normalisation), else words of one.")
    String name;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return store.run(spec.commandLine().getErr(), s -> show(out, new ActorDirectory(s).show(name)));
    }

    private int show(PrintWriter out, List<ActorProfile> profiles) {
        if (profiles.isEmpty()) {
            spec.commandLine().getErr().println("entente: no stored actor is named '" + name + "'");
            return 1;
        }
        for (ActorProfile p : profiles) {
            var a = p.actor();
            out.printf("%s%s, %s: %d event%s (actor #%d)%n", a.name(), a.country() == null ? "" : " (" + a.country() + ")",
                    a.kind(), a.events(), a.events() == 1 ? "" : "s", a.id());
            for (ActorProfile.Alias alias : p.aliases()) {
                StringBuilder why = new StringBuilder(alias.reason().label());
                if (alias.detail() != null) {
                    why.append(": ").append(alias.detail());
                }
                if (alias.articleSourceId() != null && (alias.detail() == null
                        || !alias.detail().contains(alias.articleSourceId()))) {
                    why.append(" (article ").append(alias.articleSourceId()).append(')');
                }
                out.printf("  %-40s %s%n", alias.alias(), why);
            }
        }
        out.flush();
        return 0;
    }
}
