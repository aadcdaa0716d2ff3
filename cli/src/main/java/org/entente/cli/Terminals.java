package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What little the command line needs to know about the terminal, without native code. */
final class Terminals {

    private Terminals() {
    }

    /** Whether standard error is a terminal (see {@link #isTerminal}). */
    static boolean stderrIsTerminal() {
        return isTerminal(2, "entente.stderr.tty");
    }

    /** Whether standard output is a terminal (see {@link #isTerminal}). */
    static boolean stdoutIsTerminal() {
        return isTerminal(1, "entente.stdout.tty");
    }

    /**
     * Whether a standard stream is a terminal: the launcher says so in a system property; otherwise, on
     * Linux, where {@code /proc/self/fd/N} points; elsewhere, whether there is a console.
     */
    static boolean isTerminal(int fd, String property) {
        String told = System.getProperty(property);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.strip());
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
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
