package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What little the command line needs to know about the terminal, without native code. */
final class Terminals {

    private Terminals() {
    }

    /**
     * Whether standard error is a terminal: the launcher says so in {@code -Dentente.stderr.tty};
     * otherwise, on Linux, where {@code /proc/self/fd/2} points; elsewhere, whether there is a console.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("entente.stderr.tty");
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.strip());
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The terminal's width: {@code $COLUMNS} when exported (the launcher does), else 100. */
    static int columns() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            return c >= 40 ? Math.min(c, 300) : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
