package org.entente.store;

/**
 * The knowledge base could not do what was asked: it cannot be opened or migrated, or a statement failed.
 * The message is one line a user can act on; the JDBC cause is kept for debugging, never printed by the CLI.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** The first line of a driver's message, without H2's trailing error codes ("[90020-224]", "[2.2.224/7]"). */
    public static String firstLine(Throwable e) {
        Throwable t = e;
        String m = null;
        while (t != null && (m == null || m.isBlank())) {
            m = t.getMessage();
            t = t.getCause();
        }
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = m.strip().lines().findFirst().orElse("").strip();
        return line.replaceAll("\\s*\\[[\\d.]+[-/]\\d+]$", "").replaceAll("\\s*;\\s*SQL statement:.*$", "");
    }
}
