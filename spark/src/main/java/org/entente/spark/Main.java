package org.entente.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entente-spark}: the Spark jobs' command line, for {@code spark-submit} and the local launcher. */
@Command(name = "entente-spark", mixinStandardHelpOptions = true,
        description = "Entente on Spark: extract events from a corpus on a cluster, load the output into the store.",
        subcommands = {ExtractJobCommand.class, LoadCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: extract or load");
    }
}
