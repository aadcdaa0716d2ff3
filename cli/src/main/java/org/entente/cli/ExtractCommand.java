package org.entente.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code entente extract [PATH...] [--out FILE]}: articles in, one JSON line of events per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract cooperation events from articles (JSON lines or .txt files, directories, stdin).")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0; // being written
    }
}
